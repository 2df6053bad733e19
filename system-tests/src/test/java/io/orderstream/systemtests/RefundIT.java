package io.orderstream.systemtests;

import static io.orderstream.systemtests.MerchantOrders.awaitOrder;
import static io.orderstream.systemtests.MerchantOrders.notice;
import static io.orderstream.systemtests.MerchantOrders.shipAccepted;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.systemtests.Merchants.Merchant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Money taken for goods that will never ship goes back through the provider's refunds, once: a prepaid order whose
 * fulfillment fails is refunded in full, and cancel-remainder on a prepaid order refunds what did not ship. The
 * warehouse fails every order, 20 s after it is asked (so that a merchant can ship and cancel the rest before).
 */
class RefundIT {

    private static RunningSystem system;
    private static Merchants merchants;
    private static ProviderLedger ledger;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.start(Map.of(
                "RETRY_BACKOFFS", "PT0.5S,PT1S,PT2S",
                "FULFILLMENT_SUCCESS_RATIO", "0",
                "FULFILLMENT_DELAY", "PT20S",
                "PAYMENT_PROVIDER_DECLINE_RATIO", "0"));
        merchants = new Merchants(system);
        ledger = new ProviderLedger(system);
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    /** Creates and pays the order in one go (the charge the refund refers to); it must be captured (201). */
    private static String createAndPay(ApiClient as, String email, int quantity, long unitPrice) {
        var created = as.postCommand("/orders", """
                {"customerEmail": "%s", "currency": "EUR", "payNow": true,
                 "lines": [{"sku": "SKU-1", "name": "Lamp", "quantity": %d, "unitPrice": %d}]}"""
                .formatted(email, quantity, unitPrice), 201);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    @Test
    void a_prepaid_order_whose_fulfillment_fails_is_refunded_in_full_once() {
        ApiClient shop = new ApiClient(system.apiUrl());
        String orderId = createAndPay(shop, "approve-refund@shop.example", 3, 1250);

        JsonNode order = awaitOrder(shop, orderId, "fulfillment FAILED and its refund SUCCEEDED",
                o -> o.path("fulfillment").path("result").asText().equals("FAILED")
                        && o.path("refunds").path(0).path("status").asText().equals("SUCCEEDED"));

        assertThat(order.get("refunds")).hasSize(1);
        assertRefund(order.get("refunds").get(0), "refund/" + orderId + "/fulfillment_failed", 3750);
        assertOneRefundInTheLedger(orderId, 3750);
    }

    @Test
    void cancelling_the_remainder_of_a_prepaid_order_refunds_what_did_not_ship() throws Exception {
        Merchant merchant = merchants.create("Refunding GmbH", 100);
        ApiClient asMerchant = merchants.as(merchant);
        String orderId = createAndPay(asMerchant, "approve-remainder@business.example", 10, 1000);
        shipAccepted(asMerchant, orderId, notice("only-box", 4000));

        var cancelled = MerchantOrders.cancelRemainder(asMerchant, orderId, "discontinued");

        assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
        JsonNode order = awaitOrder(asMerchant, orderId, "closed, its refund SUCCEEDED",
                o -> o.path("status").asText().equals("CLOSED")
                        && o.path("refunds").path(0).path("status").asText().equals("SUCCEEDED"));
        assertThat(order.get("shipped").asLong()).isEqualTo(4000);
        assertThat(order.get("released").asLong()).isEqualTo(6000);
        assertThat(order.get("refunds")).hasSize(1);
        assertRefund(order.get("refunds").get(0), "refund/" + orderId + "/remainder_cancelled", 6000);
        assertOneRefundInTheLedger(orderId, 6000);
        assertThat(order.get("fulfillment").get("result").asText()).isEqualTo("SUCCEEDED");
    }

    private static void assertRefund(JsonNode refund, String refundId, long amount) {
        assertThat(refund.get("refundId").asText()).as(refund.toString()).isEqualTo(refundId);
        assertThat(refund.get("amount").asLong()).isEqualTo(amount);
        assertThat(refund.hasNonNull("providerId")).as(refund.toString()).isTrue();
        assertThat(refund.hasNonNull("reason")).as(refund.toString()).isTrue();
    }

    private static void assertOneRefundInTheLedger(String orderId, long amount) {
        List<JsonNode> refunds = ledger.succeededRefundsOf(orderId);
        assertThat(refunds).as("the provider's refunds of %s", orderId).hasSize(1);
        assertThat(refunds.getFirst().get("amount").asLong()).isEqualTo(amount);
        assertThat(refunds.getFirst().get("currency").asText()).isEqualTo("EUR");
    }
}
