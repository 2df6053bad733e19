package io.orderstream.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The payment provider mock's ledger of payouts and refunds, read page by page as {@code bin/orderstream} reads charges. */
final class ProviderLedger {

    private static final int PAGE = 1000;

    private final ApiClient gateway;

    ProviderLedger(RunningSystem system) {
        this.gateway = new ApiClient(system.paymentProviderUrl());
    }

    /** Every payout the provider made, in the order it made them. */
    List<JsonNode> payouts() {
        return all("payouts");
    }

    /** Every refund the provider made, in the order it made them. */
    List<JsonNode> refunds() {
        return all("refunds");
    }

    /** The successful payouts to one merchant. */
    List<JsonNode> succeededPayoutsTo(String merchantId) {
        return payouts().stream().filter(succeeded().and(p -> p.path("merchant").asText().equals(merchantId)))
                .toList();
    }

    /** The successful refunds whose idempotency key is one of the order's ({@code refund/<orderId>/…}). */
    List<JsonNode> succeededRefundsOf(String orderId) {
        return refunds().stream()
                .filter(succeeded().and(r -> r.path("idempotencyKey").asText().startsWith("refund/" + orderId + "/")))
                .toList();
    }

    /**
     * The ledger holds exactly one successful payout for each shipment of the order (its key
     * {@code payout/<orderId>/<shipmentId>}, its reference the shipment id, its amount the order's payout amount, its
     * id the payout's {@code providerId}), and none for anything else of the order.
     */
    void assertOnePayoutPerShipment(JsonNode order) {
        String orderId = order.get("id").asText();
        Map<String, List<JsonNode>> byKey = payouts().stream().filter(succeeded())
                .filter(p -> p.path("idempotencyKey").asText().startsWith("payout/" + orderId + "/"))
                .collect(Collectors.groupingBy(p -> p.get("idempotencyKey").asText()));
        List<String> expectedKeys = new ArrayList<>();
        for (JsonNode shipment : order.get("shipments")) {
            String shipmentId = MerchantOrders.shipmentId(shipment);
            JsonNode payout = shipment.get("payout");
            String key = "payout/" + orderId + "/" + shipmentId;
            expectedKeys.add(key);
            assertThat(byKey.get(key)).as("the provider's payouts for %s", key).hasSize(1);
            JsonNode paid = byKey.get(key).getFirst();
            assertThat(paid.get("amount").asLong()).as(paid.toString()).isEqualTo(payout.get("amount").asLong());
            assertThat(paid.get("currency").asText()).isEqualTo(order.get("currency").asText());
            assertThat(paid.get("merchant").asText()).isEqualTo(order.get("merchantId").asText());
            assertThat(paid.get("reference").asText()).isEqualTo(shipmentId);
            assertThat(paid.get("payoutId").asText()).isEqualTo(payout.get("providerId").asText());
        }
        assertThat(byKey.keySet()).as("payouts of order %s", orderId).containsExactlyInAnyOrderElementsOf(expectedKeys);
    }

    private static Predicate<JsonNode> succeeded() {
        return entry -> entry.path("status").asText().equals("succeeded");
    }

    private List<JsonNode> all(String kind) {
        List<JsonNode> entries = new ArrayList<>();
        long from = 0;
        long total;
        do {
            var page = gateway.get("/v1/ledger/" + kind + "?from=" + from + "&limit=" + PAGE);
            assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
            JsonNode items = page.body().get(kind);
            if (items.isEmpty()) {
                break;
            }
            items.forEach(entries::add);
            from = page.body().get("next").asLong();
            total = page.body().get("total").asLong();
        } while (from < total);
        return entries;
    }
}
