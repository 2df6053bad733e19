package io.orderstream.paymentprovider.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.platform.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A client of the payment provider's HTTP API, as the payment worker would use it. */
public final class ProviderClient implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;

    public ProviderClient(int port) {
        this.port = port;
    }

    public static String chargeJson(String customerId, long amount, String currency, String reference) {
        return """
                {"customerId":"%s","amount":%d,"currency":"%s","reference":"%s"}"""
                .formatted(customerId, amount, currency, reference);
    }

    public HttpResponse<String> charge(String idempotencyKey, String json) throws IOException, InterruptedException {
        return http.send(chargeRequest(idempotencyKey, json), HttpResponse.BodyHandlers.ofString());
    }

    public CompletableFuture<HttpResponse<String>> chargeAsync(String idempotencyKey, String json) {
        return http.sendAsync(chargeRequest(idempotencyKey, json), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> chargeWithoutKey(String json) throws IOException, InterruptedException {
        return http.send(request("/v1/charges").POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST path} with an Idempotency-Key: {@code /v1/payouts} or {@code /v1/refunds}. */
    public HttpResponse<String> post(String path, String idempotencyKey, String json)
            throws IOException, InterruptedException {
        return http.send(post(path, json).header("Idempotency-Key", idempotencyKey).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public CompletableFuture<HttpResponse<String>> postAsync(String path, String idempotencyKey, String json) {
        return http.sendAsync(post(path, json).header("Idempotency-Key", idempotencyKey).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postWithoutKey(String path, String json) throws IOException, InterruptedException {
        return http.send(post(path, json).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder post(String path, String json) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode ledger() throws IOException, InterruptedException {
        return json(get("/v1/ledger"));
    }

    public JsonNode chargesWithReference(String reference) throws IOException, InterruptedException {
        return json(get("/v1/charges?reference=" + reference));
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        http.close();
    }

    private HttpRequest chargeRequest(String idempotencyKey, String json) {
        return request("/v1/charges")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10));
    }
}
