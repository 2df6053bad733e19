package io.orderstream.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 200 orders created and paid concurrently in installments, with duplicated payment requests,
 * through the real stack and the warehouse mock: every order ends CLOSED, paid in full, no payment
 * counted twice, shipments adding up to the total when fulfilled, and the by-email listing exact.
 */
class OrderLifecycleEndToEndIT {

    private static final int ORDERS = 200;
    private static final int CUSTOMERS = 10;
    private static RunningSystem system;
    private static ApiClient api;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.start();
        api = new ApiClient(system.apiUrl());
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    private static String email(int customer) {
        return "customer-" + customer + "@shop.example";
    }

    @Test
    void orders_paid_in_installments_with_duplicates_all_close_paid_in_full() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        var perCustomer = new ConcurrentHashMap<String, Set<String>>();
        var limit = new Semaphore(32);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                String email = email(i % CUSTOMERS);
                work.add(executor.submit(() -> {
                    limit.acquireUninterruptibly();
                    try {
                        String id = createAndPayInInstallments(email);
                        ids.add(id);
                        perCustomer.computeIfAbsent(email, e -> ConcurrentHashMap.newKeySet()).add(id);
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
        assertThat(ids).hasSize(ORDERS);

        for (String id : ids) {
            JsonNode order = api.await("/orders/" + id, r -> r.status() == 200
                    && r.body().get("status").asText().equals("CLOSED"), Duration.ofSeconds(90)).body();
            assertClosedAndConsistent(order);
        }
        for (int c = 0; c < CUSTOMERS; c++) {
            List<JsonNode> listed = api.listAll(email(c), 7);
            assertThat(listed).extracting(o -> o.get("id").asText())
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(perCustomer.get(email(c)));
            // as instants: ISO text of whole seconds ("…:30Z") sorts after that second's fractions ("…:30.5Z")
            assertThat(listed).extracting(o -> Instant.parse(o.get("createdAt").asText()))
                    .isSortedAccordingTo(Comparator.reverseOrder());
        }
    }

    /** 1000 + 1000 + 3000, the second one sent twice at once. */
    private static String createAndPayInInstallments(String email) throws Exception {
        var created = api.postCommand("/orders", """
                {"customerEmail": "%s", "currency": "EUR",
                 "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unitPrice": 1250},
                           {"sku": "SKU-2", "name": "Plate", "quantity": 1, "unitPrice": 2500}]}""".formatted(email),
                201);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.body().get("id").asText();
        pay(id, "p-1", 1000);
        try (var twice = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = twice.submit(() -> pay(id, "p-2", 1000));
            var second = twice.submit(() -> pay(id, "p-2", 1000));
            first.get();
            second.get();
        }
        pay(id, "p-3", 3000);
        return id;
    }

    private static ApiClient.Response pay(String id, String paymentId, long amount) {
        var response = api.postCommand("/orders/" + id + "/payments",
                "{\"paymentId\": \"%s\", \"amount\": %d}".formatted(paymentId, amount), 200);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response;
    }

    private static void assertClosedAndConsistent(JsonNode order) {
        assertThat(order.get("status").asText()).as(order.toString()).isEqualTo("CLOSED");
        assertThat(order.get("paid").asLong()).isEqualTo(order.get("total").asLong()).isEqualTo(5000);
        assertThat(order.get("balanceDue").asLong()).isZero();
        List<String> paymentIds = new ArrayList<>();
        order.get("payments").forEach(p -> paymentIds.add(p.get("id").asText()));
        assertThat(paymentIds).containsExactly("p-1", "p-2", "p-3");
        String result = order.get("fulfillment").get("result").asText();
        assertThat(result).isIn("SUCCEEDED", "FAILED");
        long shipped = 0;
        for (JsonNode shipment : order.get("shipments")) {
            shipped += shipment.get("amount").asLong();
        }
        assertThat(shipped).isEqualTo(result.equals("SUCCEEDED") ? 5000 : 0);
        assertThat(order.get("shipped").asLong()).isEqualTo(shipped);
    }

    @Test
    void listing_an_unknown_customer_is_empty() {
        assertThat(api.listAll("nobody@shop.example", 10)).isEmpty();
    }

}
