package io.orderstream.systemtests;

import static io.orderstream.systemtests.MerchantOrders.awaitOrder;
import static io.orderstream.systemtests.MerchantOrders.create;
import static io.orderstream.systemtests.MerchantOrders.eventTypes;
import static io.orderstream.systemtests.MerchantOrders.everyPayoutSucceeded;
import static io.orderstream.systemtests.MerchantOrders.notice;
import static io.orderstream.systemtests.MerchantOrders.order;
import static io.orderstream.systemtests.MerchantOrders.payAccepted;
import static io.orderstream.systemtests.MerchantOrders.shipAccepted;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.localstack.Eventually;
import io.orderstream.systemtests.Merchants.Merchant;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pay-later orders (paymentTerms INVOICE) of a merchant on the real stack: no payment before shipping, each shipment
 * pays the merchant out and invoices the buyer, the buyer's installments settle the oldest invoice first, and the
 * order goes CREATED → IN_FULFILLMENT → SHIPPED → CLOSED; cancel-remainder after a partial shipment makes what was
 * shipped the total to invoice and refuses any later notice.
 */
class PayLaterOrderIT {

    private static final int FEE_BASIS_POINTS = 250;
    private static final Duration PAYMENT_TERM = Duration.ofDays(30);
    private static RunningSystem system;
    private static Merchants merchants;
    private static ProviderLedger ledger;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.start(Map.of("RETRY_BACKOFFS", "PT0.5S,PT1S,PT2S"));
        merchants = new Merchants(system);
        ledger = new ProviderLedger(system);
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    @Test
    void a_pay_later_order_shipped_twice_and_paid_in_three_installments_closes() throws Exception {
        Merchant acme = merchants.create("Acme Pay Later GmbH", FEE_BASIS_POINTS);
        ApiClient asAcme = merchants.as(acme);
        String orderId = create(asAcme, """
                {"customerEmail": "buyer@business.example", "currency": "EUR", "paymentTerms": "INVOICE",
                 "lines": [{"sku": "SKU-1", "name": "Chair", "quantity": 2, "unitPrice": 2500},
                           {"sku": "SKU-2", "name": "Desk", "quantity": 1, "unitPrice": 5000}]}""");
        JsonNode created = awaitOrder(asAcme, orderId, "created", MerchantOrders.status("CREATED"));
        assertThat(created.get("paymentTerms").asText()).isEqualTo("INVOICE");
        assertThat(created.get("total").asLong()).isEqualTo(10_000);

        JsonNode first = shipAccepted(asAcme, orderId, """
                {"shipmentId": "ship-1", "amount": 5000, "lines": [{"sku": "SKU-1", "quantity": 2}],
                 "invoiceNumber": "ACME-2026-0001", "trackingCode": "TRK-1"}""");
        assertThat(first.get("status").asText()).isEqualTo("IN_FULFILLMENT");
        JsonNode second = shipAccepted(asAcme, orderId, """
                {"shipmentId": "ship-2", "amount": 5000, "lines": [{"sku": "SKU-2", "quantity": 1}]}""");
        assertThat(second.get("status").asText()).as("the second shipment completes the total exactly")
                .isEqualTo("SHIPPED");
        assertThat(second.get("shipped").asLong()).isEqualTo(10_000);

        assertInvoices(second, List.of("ACME-2026-0001", orderId + "-2"), List.of(0L, 0L));
        assertInvoices(payAccepted(asAcme, orderId, "p-1", 3000), "SHIPPED", List.of(3000L, 0L));
        assertInvoices(payAccepted(asAcme, orderId, "p-2", 4000), "SHIPPED", List.of(5000L, 2000L));
        assertInvoices(payAccepted(asAcme, orderId, "p-3", 3000), "CLOSED", List.of(5000L, 5000L));

        JsonNode closed = awaitOrder(asAcme, orderId, "closed with both payouts SUCCEEDED",
                o -> o.get("status").asText().equals("CLOSED") && everyPayoutSucceeded(o));
        assertThat(closed.get("paid").asLong()).isEqualTo(10_000);
        MerchantOrders.assertPayoutsNetOfFees(closed, FEE_BASIS_POINTS);
        ledger.assertOnePayoutPerShipment(closed);
        List<String> events = Eventually.await(MerchantOrders.SETTLES_WITHIN, () -> eventTypes(asAcme, orderId),
                types -> types.contains("OrderClosed") && Collections.frequency(types, "PayoutSettled") == 2);
        assertThat(events).containsSubsequence("OrderCreated", "ShipmentRecorded", "ShipmentRecorded", "OrderShipped",
                "PaymentApplied", "PaymentApplied", "PaymentApplied", "OrderClosed");
        assertThat(Collections.frequency(events, "PayoutRequested")).isEqualTo(2);
        assertThat(Collections.frequency(events, "InvoiceIssued")).isEqualTo(2);
        assertThat(events).doesNotContain("FulfillmentRequested", "OrderPaid");
    }

    @Test
    void cancelling_the_remainder_after_a_partial_shipment_invoices_what_was_shipped_and_refuses_later_notices()
            throws Exception {
        Merchant partial = merchants.create("Partial GmbH", FEE_BASIS_POINTS);
        ApiClient asPartial = merchants.as(partial);
        String orderId = create(asPartial, order("partial@business.example", "INVOICE", 10, 1000));
        assertThat(shipAccepted(asPartial, orderId, notice("part-1", 4000)).get("status").asText())
                .isEqualTo("IN_FULFILLMENT");

        var cancelled = MerchantOrders.cancelRemainder(asPartial, orderId, "out of stock");

        assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asText()).isEqualTo("SHIPPED");
        assertThat(cancelled.body().get("released").asLong()).isEqualTo(6000);
        assertInvoices(cancelled.body(), List.of(orderId + "-1"), List.of(0L));
        var late = MerchantOrders.ship(asPartial, orderId, notice("part-2", 1000), null);
        assertThat(late.status()).as(late.raw().body()).isEqualTo(409);
        assertThat(late.body().get("code").asText()).isEqualTo("invalid_state");

        assertThat(payAccepted(asPartial, orderId, "all", 4000).get("status").asText()).isEqualTo("CLOSED");
        JsonNode closed = awaitOrder(asPartial, orderId, "closed, payout SUCCEEDED",
                o -> o.get("status").asText().equals("CLOSED") && everyPayoutSucceeded(o));
        assertThat(closed.get("shipped").asLong()).isEqualTo(4000);
        ledger.assertOnePayoutPerShipment(closed);
        List<String> events = Eventually.await(MerchantOrders.SETTLES_WITHIN, () -> eventTypes(asPartial, orderId),
                types -> types.contains("OrderClosed"));
        assertThat(events).containsSubsequence("ShipmentRecorded", "RemainderCancelled", "OrderShipped",
                "PaymentApplied", "OrderClosed");
    }

    @Test
    void a_pay_later_order_cancelled_before_any_shipment_refuses_notices() throws Exception {
        Merchant early = merchants.create("Early GmbH", FEE_BASIS_POINTS);
        ApiClient asEarly = merchants.as(early);
        String orderId = create(asEarly, order("early@business.example", "INVOICE", 1, 1000));

        var cancelled = asEarly.postCommand("/orders/" + orderId + "/cancel", "{\"reason\": \"changed my mind\"}", 200);

        assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
        var late = MerchantOrders.ship(asEarly, orderId, notice("too-late", 1000), null);
        assertThat(late.status()).as(late.raw().body()).isEqualTo(409);
        assertThat(late.body().get("code").asText()).isEqualTo("invalid_state");
    }

    @Test
    void invoice_terms_are_refused_with_pay_now() throws Exception {
        ApiClient merchant = merchants.as(merchants.create("PayNow GmbH", FEE_BASIS_POINTS));

        assertRefusedOnPaymentTerms(merchant.post("/orders", """
                {"customerEmail": "x@business.example", "currency": "EUR", "paymentTerms": "INVOICE", "payNow": true,
                 "lines": [{"sku": "SKU-1", "name": "Chair", "quantity": 1, "unitPrice": 100}]}"""));
    }

    @Test
    void invoice_terms_are_refused_for_the_platforms_own_shop() {
        assertRefusedOnPaymentTerms(new ApiClient(system.apiUrl()).post("/orders",
                order("y@business.example", "INVOICE", 1, 100)));
    }

    private static void assertRefusedOnPaymentTerms(ApiClient.Response refused) {
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.body().get("code").asText()).isEqualTo("validation_failed");
        assertThat(refused.raw().body()).contains("paymentTerms");
    }

    private static void assertInvoices(JsonNode order, String status, List<Long> paid) {
        assertThat(order.get("status").asText()).as(order.toString()).isEqualTo(status);
        List<String> numbers = order.get("invoices").findValuesAsText("invoiceNumber");
        assertInvoices(order, numbers, paid);
    }

    /** The order's invoices, oldest first: their numbers, amounts (= their shipments'), paid amounts and due dates. */
    private static void assertInvoices(JsonNode order, List<String> numbers, List<Long> paid) {
        JsonNode invoices = order.get("invoices");
        assertThat(invoices).as(order.toString()).hasSize(numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            JsonNode invoice = invoices.get(i);
            JsonNode shipment = order.get("shipments").get(i);
            assertThat(invoice.get("invoiceNumber").asText()).isEqualTo(numbers.get(i));
            assertThat(invoice.get("shipmentId").asText()).isEqualTo(MerchantOrders.shipmentId(shipment));
            assertThat(invoice.get("amount").asLong()).isEqualTo(shipment.get("amount").asLong());
            assertThat(invoice.get("paid").asLong()).as(invoice.toString()).isEqualTo(paid.get(i));
            assertThat(invoice.get("balance").asLong()).isEqualTo(invoice.get("amount").asLong() - paid.get(i));
            assertThat(Duration.between(Instant.parse(invoice.get("issuedAt").asText()),
                    Instant.parse(invoice.get("dueAt").asText()))).isEqualTo(PAYMENT_TERM);
        }
    }
}
