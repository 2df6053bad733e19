package io.orderstream.orderapi.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.view.OrderView.FulfillmentView;
import io.orderstream.orderapi.view.OrderView.LineView;
import io.orderstream.orderapi.view.OrderView.PaymentView;
import io.orderstream.orderapi.view.OrderView.ShipmentLineView;
import io.orderstream.orderapi.view.OrderView.ShipmentView;
import io.orderstream.platform.http.Json;
import io.orderstream.schemas.order.Fulfillment;
import io.orderstream.schemas.order.FulfillmentOutcome;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import io.orderstream.schemas.order.Payment;
import io.orderstream.schemas.order.Shipment;
import io.orderstream.schemas.order.ShipmentLine;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderViewsTest {

    private static final Instant PAID_AT = Instant.parse("2026-11-21T10:20:00Z");
    private static final Instant SHIPPED_AT = Instant.parse("2026-11-21T11:00:00Z");

    private static final OrderState CLOSED_ORDER = OrderStates.created("order-1")
            .setStatus(OrderStatus.CLOSED)
            .setPaid(2500)
            .setBalanceDue(0)
            .setShipped(2500)
            .setPayments(List.of(new Payment("pay-1", 2500L, PAID_AT)))
            .setShipments(List.of(new Shipment("ship-1", 2500L, List.of(new ShipmentLine("SKU-1", 2)), SHIPPED_AT, null, null, null)))
            .setFulfillment(new Fulfillment("req-1", 1, PAID_AT, FulfillmentOutcome.SUCCEEDED, null, SHIPPED_AT))
            .setVersion(6)
            .setUpdatedAt(SHIPPED_AT)
            .build();

    @Test
    void a_snapshot_maps_to_the_order_clients_see() {
        OrderView view = OrderViews.of(CLOSED_ORDER);

        assertThat(view).isEqualTo(new OrderView("order-1", "a@b.com", "EUR", "CLOSED",
                List.of(new LineView("SKU-1", "Mug", 2, 1250)), 2500, 2500, 0, 2500,
                List.of(new PaymentView("pay-1", 2500, PAID_AT)),
                List.of(new ShipmentView("ship-1", 2500, List.of(new ShipmentLineView("SKU-1", 2)), SHIPPED_AT)),
                new FulfillmentView("req-1", 1, "SUCCEEDED", null, PAID_AT, SHIPPED_AT),
                6, OrderStates.CREATED_AT, SHIPPED_AT));
    }

    @Test
    void an_order_not_yet_in_fulfillment_has_none() {
        OrderView view = OrderViews.of(OrderStates.created("order-1").build());

        assertThat(view.fulfillment()).isNull();
        assertThat(view.payments()).isEmpty();
        assertThat(view.shipments()).isEmpty();
    }

    @Test
    void the_json_has_the_documented_fields_with_iso_timestamps_and_integer_amounts() throws IOException {
        JsonNode json = Json.MAPPER.readTree(Json.write(OrderViews.of(CLOSED_ORDER)));

        assertThat(json.fieldNames()).toIterable().containsExactly("id", "customerEmail", "currency", "status", "lines",
                "total", "paid", "balanceDue", "shipped", "payments", "shipments", "fulfillment", "version",
                "createdAt", "updatedAt");
        assertThat(json.get("createdAt").asText()).isEqualTo("2026-11-21T10:15:30.123Z");
        assertThat(json.get("total").isIntegralNumber()).isTrue();
        assertThat(json.get("payments").get(0).get("id").asText()).isEqualTo("pay-1");
        assertThat(json.get("payments").get(0).get("appliedAt").asText()).isEqualTo("2026-11-21T10:20:00Z");
        assertThat(json.get("lines").get(0).get("unitPrice").asLong()).isEqualTo(1250);
    }

    @Test
    void fulfillment_and_shipments_have_the_documented_fields() throws IOException {
        JsonNode json = Json.MAPPER.readTree(Json.write(OrderViews.of(CLOSED_ORDER)));

        assertThat(json.get("fulfillment").fieldNames()).toIterable()
                .containsExactly("requestId", "attempts", "result", "reason", "requestedAt", "completedAt");
        assertThat(json.get("fulfillment").get("result").asText()).isEqualTo("SUCCEEDED");
        assertThat(json.get("shipments").get(0).fieldNames()).toIterable()
                .containsExactly("id", "amount", "lines", "shippedAt");
    }

    @Test
    void only_the_statuses_a_client_may_see_are_visible_statuses() {
        assertThat(OrderViews.VISIBLE_STATUSES).containsExactly(OrderStatus.CREATED, OrderStatus.PAID,
                OrderStatus.IN_FULFILLMENT, OrderStatus.CLOSED, OrderStatus.CANCELLED, OrderStatus.SHIPPED);
    }

    @Test
    void orders_waiting_for_payment_or_rejected_are_hidden() {
        assertThat(OrderViews.isVisible(OrderStates.at("o", 1, OrderStatus.PENDING_PAYMENT))).isFalse();
        assertThat(OrderViews.isVisible(OrderStates.at("o", 2, OrderStatus.REJECTED))).isFalse();
    }

    @Test
    void orders_in_every_other_status_are_visible() {
        assertThat(List.of(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.IN_FULFILLMENT, OrderStatus.CLOSED,
                OrderStatus.CANCELLED))
                .allMatch(status -> OrderViews.isVisible(OrderStates.at("o", 1, status)));
    }
}
