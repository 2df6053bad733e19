package io.orderstream.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The order calls of issue 10's flows (create, ship, pay, cancel the remainder), as a merchant's back end makes them. */
final class MerchantOrders {

    static final Duration SETTLES_WITHIN = Duration.ofSeconds(90);

    private MerchantOrders() {
    }

    /** An order of {@code quantity} × {@code unitPrice} of SKU-1, with {@code paymentTerms} PREPAID or INVOICE. */
    static String order(String email, String paymentTerms, int quantity, long unitPrice) {
        return """
                {"customerEmail": "%s", "currency": "EUR", "paymentTerms": "%s",
                 "lines": [{"sku": "SKU-1", "name": "Lamp", "quantity": %d, "unitPrice": %d}]}"""
                .formatted(email, paymentTerms, quantity, unitPrice);
    }

    /** Creates the order and answers its id; the order must be accepted (201). */
    static String create(ApiClient as, String order) {
        var created = as.postCommand("/orders", order, 201);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    /** A shipment notice without lines. */
    static String notice(String shipmentId, long amount) {
        return "{\"shipmentId\": \"%s\", \"amount\": %d}".formatted(shipmentId, amount);
    }

    /** Sends a shipment notice; its answer as the client sees it once the command settled. */
    static ApiClient.Response ship(ApiClient as, String orderId, String notice, String idempotencyKey) {
        return as.postCommand("/orders/" + orderId + "/shipments", notice, idempotencyKey, 200);
    }

    /** Sends a shipment notice that must be accepted (200); answers the order. */
    static JsonNode shipAccepted(ApiClient as, String orderId, String notice) {
        var shipped = ship(as, orderId, notice, null);
        assertThat(shipped.status()).as(shipped.raw().body()).isEqualTo(200);
        return shipped.body();
    }

    static ApiClient.Response pay(ApiClient as, String orderId, String paymentId, long amount) {
        return as.postCommand("/orders/" + orderId + "/payments",
                "{\"paymentId\": \"%s\", \"amount\": %d}".formatted(paymentId, amount), 200);
    }

    /** Pays an installment that must be accepted (200); answers the order. */
    static JsonNode payAccepted(ApiClient as, String orderId, String paymentId, long amount) {
        var paid = pay(as, orderId, paymentId, amount);
        assertThat(paid.status()).as(paid.raw().body()).isEqualTo(200);
        return paid.body();
    }

    static ApiClient.Response cancelRemainder(ApiClient as, String orderId, String reason) {
        return as.postCommand("/orders/" + orderId + "/cancel-remainder", "{\"reason\": \"%s\"}".formatted(reason), 200);
    }

    /** Reads the order until {@code done} holds (the read model follows the events), and fails naming {@code what}. */
    static JsonNode awaitOrder(ApiClient as, String orderId, String what, Predicate<JsonNode> done) {
        var read = as.await("/orders/" + orderId, r -> r.status() == 200 && done.test(r.body()), SETTLES_WITHIN);
        assertThat(read.status()).as(read.raw().body()).isEqualTo(200);
        assertThat(done.test(read.body())).as("%s, within %s: %s", what, SETTLES_WITHIN, read.body()).isTrue();
        return read.body();
    }

    static Predicate<JsonNode> status(String status) {
        return order -> order.path("status").asText().equals(status);
    }

    /** Every shipment's payout is settled {@code SUCCEEDED}. */
    static boolean everyPayoutSucceeded(JsonNode order) {
        for (JsonNode shipment : order.path("shipments")) {
            if (!shipment.path("payout").path("status").asText().equals("SUCCEEDED")) {
                return false;
            }
        }
        return !order.path("shipments").isEmpty();
    }

    /** A shipment's id: {@code shipmentId} in issue 10's view ({@code id} before it). */
    static String shipmentId(JsonNode shipment) {
        return shipment.hasNonNull("shipmentId") ? shipment.get("shipmentId").asText() : shipment.path("id").asText();
    }

    /** The types of the order's events, by version. */
    static List<String> eventTypes(ApiClient as, String orderId) {
        var events = as.get("/orders/" + orderId + "/events");
        assertThat(events.status()).as(events.raw().body()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        events.body().get("items").forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    /** The payout view of every shipment is its amount less the merchant's fee, rounded down. */
    static void assertPayoutsNetOfFees(JsonNode order, int feeBasisPoints) {
        for (JsonNode shipment : order.get("shipments")) {
            long amount = shipment.get("amount").asLong();
            JsonNode payout = shipment.get("payout");
            long fee = Merchants.fee(amount, feeBasisPoints);
            assertThat(payout.get("payoutId").asText()).as(shipment.toString())
                    .isEqualTo("payout/" + order.get("id").asText() + "/" + shipmentId(shipment));
            assertThat(payout.get("fee").asLong()).as(shipment.toString()).isEqualTo(fee);
            assertThat(payout.get("amount").asLong()).as(shipment.toString()).isEqualTo(amount - fee);
            assertThat(payout.get("status").asText()).as(shipment.toString()).isEqualTo("SUCCEEDED");
            assertThat(payout.hasNonNull("providerId")).as(shipment.toString()).isTrue();
        }
    }
}
