package io.orderstream.orderapi.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.TestStack;
import io.orderstream.orderapi.view.OrderEventView;
import io.orderstream.platform.db.Database;
import io.orderstream.schemas.order.InvoiceIssued;
import io.orderstream.schemas.order.OrderCancelled;
import io.orderstream.schemas.order.OrderCreated;
import io.orderstream.schemas.order.OrderEvent;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.PaymentApplied;
import io.orderstream.schemas.order.PayoutRequested;
import io.orderstream.schemas.order.PayoutSettled;
import io.orderstream.schemas.order.ShipmentRecorded;
import io.orderstream.schemas.order.TransferStatus;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderEventLogIT {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00.123Z");

    private static Database database;
    private static OrderEventLog log;

    private final String orderId = UUID.randomUUID().toString();

    @BeforeAll
    static void migrate() {
        database = TestStack.migratedDatabase("events");
        log = new OrderEventLog(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private OrderEvent event(long version, Object payload) {
        return OrderEvent.newBuilder()
                .setEventId(orderId + "/" + version)
                .setOrderId(orderId)
                .setVersion(version)
                .setOccurredAt(T0.plusSeconds(version))
                .setCausationId("command-" + version)
                .setPayload(payload)
                .build();
    }

    private OrderEvent created() {
        return event(1, new OrderCreated("a@b.com", "EUR", List.of(new OrderLine("SKU-1", "Mug", 2, 1250L)), 2500L,
                false));
    }

    @Test
    void an_orders_events_come_back_by_version_with_their_type_and_data() throws SQLException {
        log.appendAll(List.of(event(3, new OrderCancelled("changed my mind"))));
        log.appendAll(List.of(created(), event(2, new PaymentApplied("p-1", 1000L))));

        List<OrderEventView> history = log.history(orderId);

        assertThat(history).extracting(OrderEventView::version).containsExactly(1L, 2L, 3L);
        assertThat(history).extracting(OrderEventView::type)
                .containsExactly("OrderCreated", "PaymentApplied", "OrderCancelled");
        OrderEventView payment = history.get(1);
        assertThat(payment.eventId()).isEqualTo(orderId + "/2");
        assertThat(payment.occurredAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(payment.causationId()).isEqualTo("command-2");
        assertThat(payment.data().get("paymentId").asText()).isEqualTo("p-1");
        assertThat(payment.data().get("amount").asLong()).isEqualTo(1000);
    }

    @Test
    void a_merchants_shipment_its_payout_and_invoice_come_back_with_their_data() throws SQLException {
        log.appendAll(List.of(created(),
                event(2, new ShipmentRecorded("s-1", 2500L, List.of(), "INV-1", "1Z-1")),
                event(3, new PayoutRequested("payout/o/s-1", "s-1", 2438L, 62L)),
                event(4, new InvoiceIssued("INV-1", "s-1", 2500L, T0.plusSeconds(86_400))),
                event(5, new PayoutSettled("payout/o/s-1", "s-1", TransferStatus.SUCCEEDED, "po_1", null))));

        List<OrderEventView> history = log.history(orderId);

        assertThat(history).extracting(OrderEventView::type).containsExactly("OrderCreated", "ShipmentRecorded",
                "PayoutRequested", "InvoiceIssued", "PayoutSettled");
        assertThat(history.get(1).data().get("invoiceNumber").asText()).isEqualTo("INV-1");
        assertThat(history.get(2).data().get("fee").asLong()).isEqualTo(62);
        assertThat(history.get(3).data().get("dueAt").asText()).isEqualTo("2026-11-22T10:00:00.123Z");
        assertThat(history.get(4).data().get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void a_batch_of_events_is_stored_whole_and_counts_the_new_ones() throws SQLException {
        log.appendAll(List.of(created()));

        int added = log.appendAll(List.of(created(), event(2, new PaymentApplied("p-1", 1000L)),
                event(3, new OrderCancelled("changed my mind"))));

        assertThat(added).isEqualTo(2);
        assertThat(log.history(orderId)).extracting(OrderEventView::type)
                .containsExactly("OrderCreated", "PaymentApplied", "OrderCancelled");
    }

    @Test
    void an_empty_batch_stores_nothing() throws SQLException {
        assertThat(log.appendAll(List.of())).isZero();
    }

    @Test
    void a_redelivered_event_is_stored_once() throws SQLException {
        assertThat(log.appendAll(List.of(created(), created()))).isOne();
        assertThat(log.appendAll(List.of(created()))).isZero();

        assertThat(log.history(orderId)).hasSize(1);
    }

    @Test
    void an_order_without_events_has_an_empty_history() throws SQLException {
        assertThat(log.history("no-such-order")).isEmpty();
    }
}
