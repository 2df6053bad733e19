package io.orderstream.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.orderapi.command.OrderApiCode;
import io.orderstream.systemtests.RawHttp.Request;
import io.orderstream.systemtests.RawHttp.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's fuzz test: a few thousand malformed requests of a fixed seed (printed; {@code -Dfuzz.seed=…} replays
 * another, {@code -Dfuzz.requests=…} sets how many) against the whole running system. None may be answered 5xx,
 * every error is problem+json with a code of the catalogue and its status, and afterwards a normal order still
 * goes all the way to CLOSED: no request stopped the system.
 */
class MalformedRequestsFuzzIT {

    private static final long DEFAULT_SEED = 20261130L;
    private static final int DEFAULT_REQUESTS = 3000;
    private static final int IN_FLIGHT = 8;
    private static final Map<String, Integer> CATALOGUE = OrderApiCode.catalogue();
    private static final String ORDER = """
            {"customerEmail": "fuzz-survivor@shop.example", "currency": "EUR",
             "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unitPrice": 1250}]}""";

    private static RunningSystem system;
    private static ApiClient api;
    private static RawHttp raw;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.start();
        api = new ApiClient(system.apiUrl());
        raw = new RawHttp(Integer.parseInt(system.apiUrl().substring(system.apiUrl().lastIndexOf(':') + 1)));
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    @Test
    void malformed_requests_are_all_answered_4xx_problems_and_a_normal_order_still_closes() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int count = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        System.out.printf("MalformedRequestsFuzzIT: seed %d, %d requests (replay with -Dfuzz.seed=%d)%n", seed, count,
                seed);
        List<Request> requests = new MalformedRequests(seed, createOrder(), createOrder()).next(count);

        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        sendAll(requests, failures, answers);

        System.out.println("MalformedRequestsFuzzIT answers by kind and status: " + new TreeMap<>(answers));
        assertThat(failures).as("seed %d: requests answered wrongly", seed).isEmpty();
        assertAStillWorkingSystem();
    }

    @Test
    void two_payments_with_600000_character_ids_are_refused_422_and_the_order_is_still_payable() {
        String id = createOrder();
        for (String c : List.of("a", "b")) {
            var response = api.post("/orders/" + id + "/payments",
                    "{\"paymentId\":\"" + c.repeat(600_000) + "\",\"amount\":1}");

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.body().get("code").asText()).isEqualTo("validation_failed");
            assertThat(response.body().get("errors").get(0).get("code").asText()).isEqualTo("payment_id_invalid");
        }
        assertThat(api.postCommand("/orders/" + id + "/payments", "{\"paymentId\":\"p-1\",\"amount\":2500}", 200)
                .status()).isEqualTo(200);
        assertClosed(id);
    }

    private static void sendAll(List<Request> requests, Queue<String> failures, Map<String, AtomicInteger> answers)
            throws Exception {
        try (var executor = Executors.newFixedThreadPool(IN_FLIGHT)) {
            List<Future<?>> sent = new ArrayList<>();
            for (Request request : requests) {
                sent.add(executor.submit(() -> check(request, failures, answers)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        }
    }

    private static void check(Request request, Queue<String> failures, Map<String, AtomicInteger> answers) {
        Response response;
        try {
            response = raw.send(request);
        } catch (Exception e) {
            failures.add("no answer (" + e + "): " + request.describe());
            return;
        }
        String kind = request.kind().replaceAll(" U\\+.*| \\d+$", "");
        answers.computeIfAbsent(kind + " " + response.status(), k -> new AtomicInteger()).incrementAndGet();
        String wrong = wrongness(response);
        if (wrong != null) {
            failures.add(wrong + ": " + request.describe() + " -> " + response.status() + " "
                    + RawHttp.abbreviate(response.body()));
        }
    }

    /** Why the answer is wrong, or null: no 5xx, and every error a problem of the catalogue with its status. */
    private static String wrongness(Response response) {
        if (response.status() >= 500) {
            return "a server error";
        }
        if (response.status() < 400) {
            return null;
        }
        if (!"application/problem+json".equals(response.header("Content-Type"))) {
            return "an error that is not problem+json";
        }
        try {
            JsonNode problem = ApiClient.JSON.readTree(response.body());
            String code = problem.path("code").asText();
            if (!CATALOGUE.containsKey(code)) {
                return "a code outside the catalogue";
            }
            if (CATALOGUE.get(code) != response.status() || problem.path("status").asInt() != response.status()) {
                return "a status that is not its code's";
            }
            return null;
        } catch (Exception e) {
            return "a problem that is not JSON";
        }
    }

    private static String createOrder() {
        var created = api.postCommand("/orders", ORDER, 201);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private static void assertAStillWorkingSystem() {
        String id = createOrder();
        var paid = api.postCommand("/orders/" + id + "/payments", "{\"paymentId\":\"p-1\",\"amount\":2500}", 200);
        assertThat(paid.status()).as(paid.raw().body()).isEqualTo(200);
        assertClosed(id);
    }

    private static void assertClosed(String id) {
        var order = api.await("/orders/" + id, r -> r.status() == 200
                && r.body().get("status").asText().equals("CLOSED"), Duration.ofSeconds(90));
        assertThat(order.body().get("status").asText()).as(order.raw().body()).isEqualTo("CLOSED");
    }
}
