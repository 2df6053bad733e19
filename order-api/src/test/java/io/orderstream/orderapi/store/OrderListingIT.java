package io.orderstream.orderapi.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.TestStack;
import io.orderstream.orderapi.view.OrderView;
import io.orderstream.platform.db.Database;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderListingIT {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private static Database database;
    private static OrderProjection projection;
    private static OrderReadModel readModel;

    private final String email = "customer-" + UUID.randomUUID() + "@shop.example";

    @BeforeAll
    static void migrate() {
        database = TestStack.migratedDatabase("listing");
        projection = new OrderProjection(database.dataSource());
        readModel = new OrderReadModel(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    /** An order of the customer created {@code minute} minutes after T0. */
    private String order(String id, String customerEmail, int minute, OrderStatus status) throws SQLException {
        OrderState state = OrderStates.created(id).setCustomerEmail(customerEmail).setStatus(status)
                .setCreatedAt(T0.plusSeconds(60L * minute)).build();
        projection.apply(state);
        return id;
    }

    private String order(int minute) throws SQLException {
        return order(UUID.randomUUID().toString(), email, minute, OrderStatus.CREATED);
    }

    private ListedOrders list(int limit, Optional<ListingPosition> after, OrderStatus... statuses) throws SQLException {
        return readModel.list(null, new OrderListing(email, List.of(statuses), limit, after));
    }

    private List<String> listAll(int limit, OrderStatus... statuses) throws SQLException {
        List<String> ids = new ArrayList<>();
        Optional<ListingPosition> after = Optional.empty();
        do {
            ListedOrders page = list(limit, after, statuses);
            page.orders().stream().map(OrderView::id).forEach(ids::add);
            after = page.next();
        } while (after.isPresent());
        return ids;
    }

    @Test
    void a_customers_orders_are_listed_newest_first() throws SQLException {
        String oldest = order(1);
        String middle = order(2);
        String newest = order(3);

        ListedOrders page = list(10, Optional.empty());

        assertThat(page.orders()).extracting(OrderView::id).containsExactly(newest, middle, oldest);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats() throws SQLException {
        List<String> newestFirst = new ArrayList<>();
        for (int minute = 0; minute < 7; minute++) {
            newestFirst.addFirst(order(minute));
        }

        assertThat(listAll(3)).containsExactlyElementsOf(newestFirst);
        assertThat(listAll(1)).containsExactlyElementsOf(newestFirst);
        assertThat(listAll(7)).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void a_full_last_page_has_no_next() throws SQLException {
        order(1);
        order(2);

        ListedOrders first = list(2, Optional.empty());

        assertThat(first.orders()).hasSize(2);
        assertThat(first.next()).isEmpty();
    }

    @Test
    void orders_created_at_the_same_instant_are_ordered_by_id_and_none_is_lost_between_pages() throws SQLException {
        List<String> ids = List.of("order-a", "order-b", "order-c", "order-d").stream()
                .map(id -> id + "-" + UUID.randomUUID())
                .toList();
        for (String id : ids) {
            order(id, email, 5, OrderStatus.CREATED);
        }

        assertThat(listAll(3)).containsExactlyElementsOf(ids.reversed());
    }

    @Test
    void the_email_is_compared_without_case_and_other_customers_are_left_out() throws SQLException {
        String mine = order(UUID.randomUUID().toString(), email.toUpperCase(), 1, OrderStatus.CREATED);
        order(UUID.randomUUID().toString(), "other-" + email, 2, OrderStatus.CREATED);

        assertThat(listAll(10)).containsExactly(mine);
    }

    @Test
    void orders_waiting_for_their_charge_or_rejected_are_never_listed_even_when_asked_for() throws SQLException {
        String visible = order(1);
        order(UUID.randomUUID().toString(), email, 2, OrderStatus.PENDING_PAYMENT);
        order(UUID.randomUUID().toString(), email, 3, OrderStatus.REJECTED);

        assertThat(listAll(10)).containsExactly(visible);
        assertThat(listAll(10, OrderStatus.PENDING_PAYMENT, OrderStatus.REJECTED)).isEmpty();
    }

    @Test
    void a_status_filter_lists_only_orders_in_those_statuses() throws SQLException {
        order(1);
        String paid = order(UUID.randomUUID().toString(), email, 2, OrderStatus.PAID);
        String closed = order(UUID.randomUUID().toString(), email, 3, OrderStatus.CLOSED);

        assertThat(listAll(1, OrderStatus.PAID, OrderStatus.CLOSED)).containsExactly(closed, paid);
    }

    @Test
    void after_the_oldest_order_comes_nothing() throws SQLException {
        String only = order(1);

        ListedOrders page = list(5, Optional.of(new ListingPosition(T0.plusSeconds(60), only)));

        assertThat(page.orders()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void an_unknown_customer_has_no_orders() throws SQLException {
        assertThat(list(5, Optional.empty())).isEqualTo(new ListedOrders(List.of(), Optional.empty()));
    }
}
