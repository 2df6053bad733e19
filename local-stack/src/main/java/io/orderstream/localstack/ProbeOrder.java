package io.orderstream.localstack;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@code up} waits for last: an order created over order-api's real API and answered {@code 201}, then read back
 * with {@code GET /orders/{id}}. It goes through every service on the order's path (order-api, Kafka, order-processor,
 * the read model in PostgreSQL), and warms that path: on a fresh stack the first order takes longer than order-api's
 * command timeout and is answered {@code 202}; the probe then waits for it and tries again, a few times.
 * Probe orders belong to the customer {@value #CUSTOMER_EMAIL}.
 */
final class ProbeOrder {

    static final String CUSTOMER_EMAIL = "probe@orderstream.invalid";
    static final String BODY = """
            {"customerEmail":"%s","currency":"EUR","lines":[{"sku":"PROBE","name":"bin/orderstream up probe","quantity":1,"unitPrice":100}]}"""
            .formatted(CUSTOMER_EMAIL);
    static final int MAX_ATTEMPTS = 6;

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PAUSE = Duration.ofMillis(500);

    private final URI api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** What came of it: {@code description} says what was answered, for the user. */
    record Outcome(boolean succeeded, String description) {
    }

    /** @param api order-api's base URL, {@code http://localhost:8080} */
    ProbeOrder(URI api) {
        this.api = api;
    }

    Outcome run(Instant deadline, PrintWriter out) {
        String last = "no attempt was made before the deadline";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS && Instant.now().isBefore(deadline); attempt++) {
            long start = System.nanoTime();
            Optional<HttpResponse<String>> created = send(post(), deadline);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (created.isEmpty()) {
                last = "order-api did not answer POST /orders";
                pause();
                continue;
            }
            HttpResponse<String> response = created.get();
            String location = response.headers().firstValue("Location").orElse("");
            switch (response.statusCode()) {
                case 201 -> {
                    return readBack(location, millis, deadline);
                }
                case 202 -> {
                    out.printf("  probe order answered 202 after %d ms (the order path is still warming up); waiting for it, then again%n", millis);
                    out.flush();
                    awaitSettled(location, deadline);
                    last = "POST /orders answered 202 (not settled within order-api's command timeout)";
                }
                default -> {
                    last = "POST /orders answered " + response.statusCode() + ": " + abbreviate(response.body());
                    pause();
                }
            }
        }
        return new Outcome(false, last);
    }

    private Outcome readBack(String location, long createMillis, Instant deadline) {
        while (Instant.now().isBefore(deadline)) {
            Optional<HttpResponse<String>> read = send(get(location), deadline);
            if (read.isPresent() && read.get().statusCode() == 200) {
                return new Outcome(true, "probe order " + location + " answered 201 in " + createMillis + " ms and read back");
            }
            pause();
        }
        return new Outcome(false, "probe order " + location + " was answered 201 but GET " + location + " never answered 200");
    }

    /** Polls the command's status URL until it is no longer PENDING, so the next attempt finds the path warm. */
    private void awaitSettled(String location, Instant deadline) {
        while (Instant.now().isBefore(deadline)) {
            Optional<HttpResponse<String>> status = send(get(location), deadline);
            if (status.isPresent() && status.get().statusCode() == 200 && !status.get().body().contains("\"PENDING\"")) {
                return;
            }
            pause();
        }
    }

    private HttpRequest post() {
        return HttpRequest.newBuilder(api.resolve("/orders")).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
    }

    private HttpRequest get(String location) {
        return HttpRequest.newBuilder(api.resolve(location)).timeout(REQUEST_TIMEOUT).GET().build();
    }

    private Optional<HttpResponse<String>> send(HttpRequest request, Instant deadline) {
        if (!Instant.now().isBefore(deadline)) {
            return Optional.empty();
        }
        try {
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String abbreviate(String body) {
        String line = body.replaceAll("\\s+", " ").trim();
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
