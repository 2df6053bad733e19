package io.orderstream.billing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.platform.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** payment-provider-mock as the benchmark uses it: its ledger page by page, and one charge at a time. */
final class ProviderClient {

    static final int PAGE = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;

    ProviderClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** Every successful charge in the ledger, read with {@code GET /v1/ledger/charges} a page at a time. */
    List<LedgerCheck.CapturedCharge> capturedCharges() throws InterruptedException {
        var charges = new ArrayList<LedgerCheck.CapturedCharge>();
        int from = 0;
        while (true) {
            JsonNode page = get("/v1/ledger/charges?from=" + from + "&limit=" + PAGE);
            for (JsonNode charge : page.path("charges")) {
                if ("succeeded".equals(charge.path("status").asText())) {
                    charges.add(new LedgerCheck.CapturedCharge(charge.path("reference").asText(), charge.path("amount").asLong(),
                            charge.path("currency").asText()));
                }
            }
            int next = page.path("next").asInt();
            if (next >= page.path("total").asInt() || next == from) {
                return charges;
            }
            from = next;
        }
    }

    /** {@code POST /v1/charges}: the status, or -1 when the connection dropped (the mock's simulated network faults). */
    int charge(String idempotencyKey, String customerId, long amount, String currency, String reference) throws InterruptedException {
        String body = "{\"customerId\":\"" + customerId + "\",\"amount\":" + amount + ",\"currency\":\"" + currency
                + "\",\"reference\":\"" + reference + "\"}";
        var request = HttpRequest.newBuilder(base.resolve("/v1/charges")).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private JsonNode get(String path) throws InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw CliException.failed("GET " + path + " at the payment provider " + base + " answered " + response.statusCode()
                        + ": " + BillingRunsClient.problem(response.body())
                        + (response.statusCode() == 404 ? " (a payment-provider-mock without ledger pages: rebuild it)" : ""));
            }
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw CliException.failed("the payment provider at " + base + " does not answer: " + e, e);
        }
    }
}
