package io.orderstream.orderapi.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.TestStack;
import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.platform.db.Database;
import io.orderstream.schemas.order.OrderStatus;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderProjectionIT {

    private static Database database;
    private static OrderProjection projection;
    private static OrderReadModel readModel;

    private final String orderId = UUID.randomUUID().toString();

    @BeforeAll
    static void migrate() {
        database = TestStack.migratedDatabase("projection");
        projection = new OrderProjection(database.dataSource());
        readModel = new OrderReadModel(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void a_new_order_is_stored_and_read_back_as_clients_see_it() throws SQLException {
        var created = OrderStates.created(orderId).build();

        assertThat(projection.apply(created)).isTrue();

        assertThat(readModel.find(orderId, null)).contains(OrderViews.of(created));
    }

    @Test
    void a_newer_snapshot_replaces_the_stored_order() throws SQLException {
        projection.apply(OrderStates.at(orderId, 1, OrderStatus.CREATED));

        assertThat(projection.apply(OrderStates.at(orderId, 2, OrderStatus.PAID))).isTrue();

        assertThat(readModel.find(orderId, null)).hasValueSatisfying(order -> {
            assertThat(order.status()).isEqualTo("PAID");
            assertThat(order.version()).isEqualTo(2);
        });
    }

    @Test
    void an_older_snapshot_does_not_overwrite_a_newer_one() throws SQLException {
        projection.apply(OrderStates.at(orderId, 3, OrderStatus.IN_FULFILLMENT));

        assertThat(projection.apply(OrderStates.at(orderId, 2, OrderStatus.PAID))).isFalse();

        assertThat(readModel.find(orderId, null)).hasValueSatisfying(order -> {
            assertThat(order.status()).isEqualTo("IN_FULFILLMENT");
            assertThat(order.version()).isEqualTo(3);
        });
    }

    @Test
    void a_redelivered_snapshot_changes_nothing() throws SQLException {
        var paid = OrderStates.at(orderId, 2, OrderStatus.PAID);
        projection.apply(paid);

        assertThat(projection.apply(paid)).isFalse();

        assertThat(readModel.find(orderId, null)).contains(OrderViews.of(paid));
    }

    @Test
    void a_batch_is_applied_in_its_order_and_counts_what_it_stored() throws SQLException {
        int stored = projection.applyAll(List.of(
                OrderStates.at(orderId, 1, OrderStatus.CREATED),
                OrderStates.at(orderId, 2, OrderStatus.PAID),
                OrderStates.at(orderId, 2, OrderStatus.PAID),
                OrderStates.at(orderId, 1, OrderStatus.CREATED)));

        assertThat(stored).isEqualTo(2);
        assertThat(readModel.find(orderId, null)).hasValueSatisfying(order -> assertThat(order.version()).isEqualTo(2));
    }

    @Test
    void a_batch_with_three_versions_of_one_order_stores_the_newest() throws SQLException {
        var newest = OrderStates.at(orderId, 3, OrderStatus.IN_FULFILLMENT);

        int stored = projection.applyAll(List.of(OrderStates.at(orderId, 1, OrderStatus.CREATED),
                OrderStates.at(orderId, 2, OrderStatus.PAID), newest));

        assertThat(stored).isEqualTo(3);
        assertThat(readModel.find(orderId, null)).contains(OrderViews.of(newest));
    }

    @Test
    void a_batch_older_than_the_stored_order_changes_nothing_and_counts_nothing() throws SQLException {
        var stored = OrderStates.at(orderId, 4, OrderStatus.CLOSED);
        projection.apply(stored);

        int count = projection.applyAll(List.of(OrderStates.at(orderId, 2, OrderStatus.PAID),
                OrderStates.at(orderId, 3, OrderStatus.IN_FULFILLMENT), OrderStates.at(orderId, 4, OrderStatus.CLOSED)));

        assertThat(count).isZero();
        assertThat(readModel.find(orderId, null)).contains(OrderViews.of(stored));
    }

    @Test
    void a_batch_of_several_orders_stores_each_ones_newest_and_counts_what_one_after_the_other_would() throws SQLException {
        String other = UUID.randomUUID().toString();
        String merchants = UUID.randomUUID().toString();
        projection.apply(OrderStates.at(orderId, 2, OrderStatus.PAID));
        var merchantsOrder = OrderStates.created(merchants).setMerchantId("mer-1").build();

        int stored = projection.applyAll(List.of(OrderStates.at(orderId, 1, OrderStatus.CREATED),
                OrderStates.at(other, 1, OrderStatus.CREATED), OrderStates.at(orderId, 3, OrderStatus.IN_FULFILLMENT),
                merchantsOrder, OrderStates.at(other, 2, OrderStatus.CANCELLED)));

        assertThat(stored).isEqualTo(4);
        assertThat(readModel.find(orderId, null)).contains(OrderViews.of(OrderStates.at(orderId, 3,
                OrderStatus.IN_FULFILLMENT)));
        assertThat(readModel.find(other, null)).contains(OrderViews.of(OrderStates.at(other, 2,
                OrderStatus.CANCELLED)));
        assertThat(readModel.find(merchants, "mer-1")).contains(OrderViews.of(merchantsOrder));
        assertThat(readModel.find(merchants, null)).isEmpty();
    }

    @Test
    void an_empty_batch_stores_nothing() throws SQLException {
        assertThat(projection.applyAll(List.of())).isZero();
    }

    @Test
    void an_order_waiting_for_its_payment_is_stored_but_not_found() throws SQLException {
        projection.apply(OrderStates.at(orderId, 1, OrderStatus.PENDING_PAYMENT));

        assertThat(readModel.find(orderId, null)).isEmpty();
    }

    @Test
    void a_rejected_order_is_not_found() throws SQLException {
        projection.apply(OrderStates.at(orderId, 1, OrderStatus.PENDING_PAYMENT));
        projection.apply(OrderStates.at(orderId, 2, OrderStatus.REJECTED));

        assertThat(readModel.find(orderId, null)).isEmpty();
    }

    @Test
    void an_order_becomes_visible_once_its_payment_is_captured() throws SQLException {
        projection.apply(OrderStates.at(orderId, 1, OrderStatus.PENDING_PAYMENT));
        projection.apply(OrderStates.at(orderId, 2, OrderStatus.PAID));

        assertThat(readModel.find(orderId, null)).hasValueSatisfying(order -> assertThat(order.status()).isEqualTo("PAID"));
    }

    @Test
    void an_unknown_order_is_not_found() throws SQLException {
        assertThat(readModel.find("no-such-order", null)).isEmpty();
    }
}
