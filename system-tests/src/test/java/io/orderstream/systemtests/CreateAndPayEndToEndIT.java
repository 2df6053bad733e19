package io.orderstream.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 400 create-and-pay orders against the payment gateway mock with its default 25 % declines and 5 %
 * network faults (half of them after charging): every order ends visible and CLOSED, or invisible
 * and REJECTED; the gateway's ledger holds exactly one successful charge per visible order, none for
 * rejected ones, and the captured amounts add up to the visible orders' totals.
 */
class CreateAndPayEndToEndIT {

    private static final int ORDERS = 400;
    private static RunningSystem system;
    private static ApiClient api;
    private static ApiClient gateway;

    @BeforeAll
    static void startSystem() {
        // short retry tiers: this test is about outcomes, not about waiting a minute for the last tier
        system = RunningSystem.start(Map.of("RETRY_BACKOFFS", "PT0.5S,PT1S,PT2S"));
        api = new ApiClient(system.apiUrl());
        gateway = new ApiClient(system.paymentProviderUrl());
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    @Test
    void every_order_is_either_paid_once_and_closed_or_rejected_and_never_charged() throws Exception {
        Map<String, String> outcomes = new ConcurrentHashMap<>();
        Map<String, Long> totals = new ConcurrentHashMap<>();
        var limit = new Semaphore(32);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                long unitPrice = 1000 + i;
                String email = "payer-" + i + "@shop.example";
                work.add(executor.submit(() -> {
                    limit.acquireUninterruptibly();
                    try {
                        var settled = createAndPay(email, unitPrice);
                        outcomes.put(settled.orderId(), settled.outcome());
                        totals.put(settled.orderId(), unitPrice);
                    } finally {
                        limit.release();
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        }
        assertThat(outcomes).hasSize(ORDERS);
        assertThat(outcomes.values()).isSubsetOf("PAID", "payment_declined", "payment_failed").contains("PAID", "payment_declined");

        Set<String> visible = ConcurrentHashMap.newKeySet();
        outcomes.forEach((id, outcome) -> {
            if (outcome.equals("PAID")) {
                visible.add(id);
                JsonNode order = api.await("/orders/" + id, r -> r.status() == 200
                        && r.body().get("status").asText().equals("CLOSED"), Duration.ofSeconds(90)).body();
                assertThat(order.get("status").asText()).as(order.toString()).isEqualTo("CLOSED");
                assertThat(order.get("paid").asLong()).isEqualTo(totals.get(id));
            } else {
                assertThat(api.get("/orders/" + id).status()).as("rejected order %s is hidden", id).isEqualTo(404);
                assertThat(api.get("/orders/" + id + "/events").status()).isEqualTo(404);
            }
        });
        assertThat(visible).isNotEmpty().hasSizeLessThan(ORDERS);

        Map<String, Long> capturedByReference = successfulCharges();
        assertThat(capturedByReference.keySet()).containsExactlyInAnyOrderElementsOf(visible);
        long captured = capturedByReference.values().stream().mapToLong(Long::longValue).sum();
        long visibleTotal = visible.stream().mapToLong(totals::get).sum();
        assertThat(captured).isEqualTo(visibleTotal);
    }

    @Test
    void a_rejected_order_is_not_listed_for_its_customer() {
        var declined = createAndPay("decline-always@shop.example", 1234);

        assertThat(declined.outcome()).isEqualTo("payment_declined");
        assertThat(api.listAll("decline-always@shop.example", 10)).isEmpty();
    }

    private record Settled(String orderId, String outcome) {
    }

    /** Creates and pays one order; follows a 202 to its command status until it is settled. */
    private static Settled createAndPay(String email, long unitPrice) {
        var response = api.post("/orders", """
                {"customerEmail": "%s", "currency": "EUR", "payNow": true,
                 "lines": [{"sku": "SKU-1", "name": "Lamp", "quantity": 1, "unitPrice": %d}]}"""
                .formatted(email, unitPrice));
        if (response.status() == 202) {
            String location = response.raw().headers().firstValue("Location").orElseThrow();
            response = api.await(location, r -> r.status() == 200
                    && !r.body().get("status").asText().equals("PENDING"), Duration.ofSeconds(90));
            return settledFromCommand(response.body());
        }
        if (response.status() == 201) {
            assertThat(response.body().get("paid").asLong()).isEqualTo(unitPrice);
            return new Settled(response.body().get("id").asText(), "PAID");
        }
        assertThat(response.status()).as(response.raw().body()).isEqualTo(402);
        String orderId = orderIdOfRejection(response);
        return new Settled(orderId, response.body().get("code").asText());
    }

    private static Settled settledFromCommand(JsonNode command) {
        String orderId = command.get("orderId").asText();
        return command.get("status").asText().equals("SUCCEEDED")
                ? new Settled(orderId, "PAID")
                : new Settled(orderId, command.get("problem").get("code").asText());
    }

    private static String orderIdOfRejection(ApiClient.Response response) {
        JsonNode body = response.body();
        if (body.hasNonNull("orderId")) {
            return body.get("orderId").asText();
        }
        String instance = body.get("instance").asText();
        return instance.substring(instance.lastIndexOf('/') + 1);
    }

    /** reference (the order id) → amount of its successful charges, each reference charged at most once. */
    private static Map<String, Long> successfulCharges() {
        JsonNode ledger = gateway.get("/v1/ledger").body();
        Map<String, Long> byReference = new HashMap<>();
        for (JsonNode charge : ledger.get("charges")) {
            if (charge.get("status").asText().equals("succeeded")) {
                String reference = charge.get("reference").asText();
                assertThat(byReference).as("charges of %s", reference).doesNotContainKey(reference);
                byReference.put(reference, charge.get("amount").asLong());
            }
        }
        return byReference;
    }
}
