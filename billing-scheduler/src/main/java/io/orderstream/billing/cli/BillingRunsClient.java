package io.orderstream.billing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.billing.domain.Period;
import io.orderstream.platform.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** billing-scheduler's {@code /billing-runs} over HTTP. */
final class BillingRunsClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;

    BillingRunsClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** {@code POST /billing-runs}: the new run (201) or the period's existing one (200). */
    RunView start(Period period) {
        var request = HttpRequest.newBuilder(base.resolve("/billing-runs")).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"" + period + "\"}")).build();
        return RunView.of(send(request, "POST /billing-runs", 200, 201));
    }

    /** {@code GET /billing-runs/{period}}. */
    RunView get(Period period) {
        var request = HttpRequest.newBuilder(base.resolve("/billing-runs/" + period)).timeout(TIMEOUT).GET().build();
        return RunView.of(send(request, "GET /billing-runs/" + period, 200));
    }

    /** Fails with a message saying so when billing-scheduler does not answer {@code GET /billing-runs} with 200. */
    void requireRunsApi() {
        var request = HttpRequest.newBuilder(base.resolve("/billing-runs")).timeout(TIMEOUT).GET().build();
        send(request, "GET /billing-runs", 200);
    }

    private JsonNode send(HttpRequest request, String what, int... expected) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw CliException.failed("billing-scheduler at " + base + " does not answer (" + e + "); is the stack up (bin/orderstream up)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failed("interrupted", e);
        }
        for (int status : expected) {
            if (response.statusCode() == status) {
                return parse(response.body(), what);
            }
        }
        throw CliException.failed(what + " at " + base + " answered " + response.statusCode() + ": " + problem(response.body()));
    }

    private static JsonNode parse(String body, String what) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw CliException.failed(what + " answered something that is not JSON: " + body, e);
        }
    }

    /** {@code code: detail} of a problem+json body, else the body itself. */
    static String problem(String body) {
        try {
            JsonNode problem = Json.MAPPER.readTree(body);
            if (problem != null && problem.has("code")) {
                return problem.path("code").asText() + ": " + problem.path("detail").asText();
            }
        } catch (IOException e) {
            // not JSON: shown as it is
        }
        return body.isBlank() ? "(no body)" : body.strip();
    }
}
