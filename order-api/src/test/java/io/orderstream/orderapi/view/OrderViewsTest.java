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
import io.orderstream.orderapi.view.OrderView.InvoiceView;
import io.orderstream.orderapi.view.OrderView.PayoutView;
import io.orderstream.orderapi.view.OrderView.RefundView;
import io.orderstream.schemas.order.BuyerInvoice;
import io.orderstream.schemas.order.Fulfillment;
import io.orderstream.schemas.order.FulfillmentOutcome;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import io.orderstream.schemas.order.Payment;
import io.orderstream.schemas.order.PaymentTerms;
import io.orderstream.schemas.order.Payout;
import io.orderstream.schemas.order.Refund;
import io.orderstream.schemas.order.Shipment;
import io.orderstream.schemas.order.ShipmentLine;
import io.orderstream.schemas.order.TransferStatus;
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

    private static final Instant DUE_AT = Instant.parse("2026-12-21T11:00:00Z");
    private static final Instant SECOND_SHIPPED_AT = Instant.parse("2026-11-22T09:00:00Z");

    /** A merchant's pay-later order: two shipments paid out (one still in flight), invoiced, partly paid. */
    private static final OrderState PAY_LATER_ORDER = OrderStates.created("order-2")
            .setMerchantId("m-1")
            .setMerchantFeeBasisPoints(250)
            .setPaymentTerms(PaymentTerms.INVOICE)
            .setStatus(OrderStatus.SHIPPED)
            .setPaid(1500)
            .setBalanceDue(1000)
            .setShipped(2500)
            .setPayments(List.of(new Payment("pay-1", 1500L, SECOND_SHIPPED_AT)))
            .setShipments(List.of(
                    new Shipment("ship-1", 1250L, List.of(new ShipmentLine("SKU-1", 1)), SHIPPED_AT, "INV-1", "1Z-1",
                            new Payout("payout/order-2/ship-1", 1219L, 31L, TransferStatus.SUCCEEDED, "po_1", null)),
                    new Shipment("ship-2", 1250L, List.of(), SECOND_SHIPPED_AT, null, null,
                            new Payout("payout/order-2/ship-2", 1219L, 31L, TransferStatus.REQUESTED, null, null))))
            .setInvoices(List.of(
                    new BuyerInvoice("INV-1", "ship-1", 1250L, 1250L, SHIPPED_AT, DUE_AT),
                    new BuyerInvoice("order-2-2", "ship-2", 1250L, 250L, SECOND_SHIPPED_AT, DUE_AT.plusSeconds(79200))))
            .setVersion(9)
            .setUpdatedAt(SECOND_SHIPPED_AT)
            .build();

    @Test
    void a_snapshot_maps_to_the_order_clients_see() {
        OrderView view = OrderViews.of(CLOSED_ORDER);

        assertThat(view).isEqualTo(new OrderView("order-1", null, "a@b.com", "EUR", "CLOSED", "PREPAID",
                List.of(new LineView("SKU-1", "Mug", 2, 1250)), 2500, 2500, 0, 2500, 0,
                List.of(new PaymentView("pay-1", 2500, PAID_AT)),
                List.of(new ShipmentView("ship-1", 2500, List.of(new ShipmentLineView("SKU-1", 2)), SHIPPED_AT, null,
                        null, null)),
                List.of(), List.of(),
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

        assertThat(json.fieldNames()).toIterable().containsExactly("id", "merchantId", "customerEmail", "currency",
                "status", "paymentTerms", "lines", "total", "paid", "balanceDue", "shipped", "released", "payments",
                "shipments", "invoices", "refunds", "fulfillment", "version", "createdAt", "updatedAt");
        assertThat(json.get("merchantId").isNull()).as("the shop's order").isTrue();
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
                .containsExactly("shipmentId", "amount", "lines", "shippedAt", "invoiceNumber", "trackingCode", "payout");
        assertThat(json.get("shipments").get(0).get("payout").isNull()).as("the shop pays no merchant").isTrue();
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
                OrderStatus.CANCELLED, OrderStatus.SHIPPED))
                .allMatch(status -> OrderViews.isVisible(OrderStates.at("o", 1, status)));
    }

    @Test
    void a_merchants_pay_later_order_shows_its_merchant_terms_payouts_and_invoices() {
        OrderView view = OrderViews.of(PAY_LATER_ORDER);

        assertThat(view.merchantId()).isEqualTo("m-1");
        assertThat(view.paymentTerms()).isEqualTo("INVOICE");
        assertThat(view.status()).isEqualTo("SHIPPED");
        assertThat(view.shipments()).extracting(ShipmentView::payout).containsExactly(
                new PayoutView("payout/order-2/ship-1", 1219, 31, "SUCCEEDED", "po_1"),
                new PayoutView("payout/order-2/ship-2", 1219, 31, "REQUESTED", null));
        assertThat(view.shipments().getFirst().invoiceNumber()).isEqualTo("INV-1");
        assertThat(view.shipments().getFirst().trackingCode()).isEqualTo("1Z-1");
    }

    @Test
    void an_invoice_shows_what_remains_to_pay_of_it_as_its_balance() {
        assertThat(OrderViews.of(PAY_LATER_ORDER).invoices()).containsExactly(
                new InvoiceView("INV-1", "ship-1", 1250, 1250, 0, SHIPPED_AT, DUE_AT),
                new InvoiceView("order-2-2", "ship-2", 1250, 250, 1000, SECOND_SHIPPED_AT, DUE_AT.plusSeconds(79200)));
    }

    @Test
    void an_order_shows_its_refunds_and_what_cancel_remainder_released() {
        OrderState refunded = OrderStates.created("order-3").setStatus(OrderStatus.CLOSED).setPaid(2500)
                .setBalanceDue(0).setShipped(1250).setReleased(1250)
                .setRefunds(List.of(new Refund("refund/order-3/remainder_cancelled", 1250L, "remainder_cancelled",
                        TransferStatus.FAILED, null, "provider_unavailable", SHIPPED_AT)))
                .build();

        OrderView view = OrderViews.of(refunded);

        assertThat(view.released()).isEqualTo(1250);
        assertThat(view.refunds()).containsExactly(new RefundView("refund/order-3/remainder_cancelled", 1250,
                "remainder_cancelled", "FAILED", null));
    }

    @Test
    void payouts_invoices_and_refunds_have_the_documented_fields() throws IOException {
        OrderState refunded = OrderState.newBuilder(PAY_LATER_ORDER).setRefunds(List.of(new Refund("refund/x/r", 1L,
                "r", TransferStatus.REQUESTED, null, null, SHIPPED_AT))).build();
        JsonNode json = Json.MAPPER.readTree(Json.write(OrderViews.of(refunded)));

        assertThat(json.get("shipments").get(0).get("payout").fieldNames()).toIterable()
                .containsExactly("payoutId", "amount", "fee", "status", "providerId");
        assertThat(json.get("invoices").get(0).fieldNames()).toIterable()
                .containsExactly("invoiceNumber", "shipmentId", "amount", "paid", "balance", "issuedAt", "dueAt");
        assertThat(json.get("invoices").get(0).get("dueAt").asText()).isEqualTo("2026-12-21T11:00:00Z");
        assertThat(json.get("refunds").get(0).fieldNames()).toIterable()
                .containsExactly("refundId", "amount", "reason", "status", "providerId");
    }

    @Test
    void an_order_stored_before_merchants_existed_reads_as_a_prepaid_shop_order() throws IOException {
        String stored = """
                {"id": "order-1", "customerEmail": "a@b.com", "currency": "EUR", "status": "CLOSED", "lines": [],
                 "total": 2500, "paid": 2500, "balanceDue": 0, "shipped": 2500, "payments": [],
                 "shipments": [{"id": "ship-1", "amount": 2500, "lines": [], "shippedAt": "2026-11-21T11:00:00Z"}],
                 "fulfillment": null, "version": 6, "createdAt": "2026-11-21T10:15:30.123Z",
                 "updatedAt": "2026-11-21T11:00:00Z"}""";

        OrderView view = Json.MAPPER.readValue(stored, OrderView.class);

        assertThat(view.merchantId()).isNull();
        assertThat(view.paymentTerms()).isEqualTo("PREPAID");
        assertThat(view.released()).isZero();
        assertThat(view.invoices()).isEmpty();
        assertThat(view.refunds()).isEmpty();
        assertThat(view.shipments()).extracting(ShipmentView::shipmentId).containsExactly("ship-1");
    }
}
