package io.orderstream.localstack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of order-api as a shop would be: HTTP/1.1 with keep-alive (the JDK's client pools connections), an
 * Idempotency-Key on every POST, a {@code 202} followed to its status URL until it is settled.
 */
final class OrderClient {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    static final Duration STATUS_POLL = Duration.ofMillis(50);
    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([a-z_]+)\"");

    private final HttpClient http;

    OrderClient(HttpClient http) {
        this.http = http;
    }

    static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** An answer after any {@code 202} was followed: {@code status} 200/201 with the order id, or the failure. */
    record Outcome(int status, Optional<String> orderId, String failure) {

        boolean succeeded() {
            return status == 200 || status == 201;
        }

        static Outcome ok(int status, String orderId) {
            return new Outcome(status, Optional.ofNullable(orderId), "");
        }

        static Outcome failed(int status, String failure) {
            return new Outcome(status, Optional.empty(), failure);
        }
    }

    Outcome post(URI uri, String idempotencyKey, String json) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return switch (response.statusCode()) {
                case 200, 201 -> Outcome.ok(response.statusCode(), orderId(response));
                case 202 -> follow(uri.resolve(response.headers().firstValue("Location").orElse("/")));
                default -> Outcome.failed(response.statusCode(),
                        response.statusCode() + " " + Optional.ofNullable(find(CODE, response.body())).orElse(""));
            };
        } catch (HttpTimeoutException e) {
            return Outcome.failed(0, "timeout (" + REQUEST_TIMEOUT.toSeconds() + " s)");
        } catch (IOException e) {
            return Outcome.failed(0, "connection error");
        }
    }

    /** {@code GET /commands/{id}} until it is no longer PENDING: SUCCEEDED answers the order, FAILED its problem. */
    private Outcome follow(URI status) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(status).timeout(REQUEST_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String state = response.statusCode() == 200 ? find(STATUS, response.body()) : null;
            if ("SUCCEEDED".equals(state)) {
                return Outcome.ok(201, find(ORDER_ID, response.body()));
            }
            if ("FAILED".equals(state)) {
                return Outcome.failed(statusOfProblem(response.body()), "202, then " + find(CODE, response.body()));
            }
            if (response.statusCode() != 200) {
                return Outcome.failed(response.statusCode(), "202, then its status URL answered " + response.statusCode());
            }
            LockSupport.parkNanos(STATUS_POLL.toNanos());
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        return Outcome.failed(202, "202, still PENDING after " + REQUEST_TIMEOUT.toSeconds() + " s");
    }

    /** A {@code 201}'s Location is {@code /orders/{id}}; the order's JSON names it {@code id}. */
    private static String orderId(HttpResponse<String> response) {
        return response.headers().firstValue("Location").filter(location -> location.startsWith("/orders/"))
                .map(location -> location.substring("/orders/".length()))
                .orElseGet(() -> find(ID, response.body()));
    }

    private static int statusOfProblem(String body) {
        Matcher matcher = Pattern.compile("\"status\"\\s*:\\s*(\\d{3})").matcher(body);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }
}
