package io.orderstream.billing.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.orderstream.platform.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The payment provider's HTTP API: {@code POST /v1/charges}, {@code /v1/payouts} or {@code /v1/refunds} (by the call's
 * kind) with an {@code Idempotency-Key}, and {@code GET /v1/charges?reference=} (payouts, refunds) for its ledger.
 * Each call waits at most the timeout, connecting included.
 */
public final class HttpPaymentProvider implements PaymentProvider, AutoCloseable {

    private final String baseUrl;
    private final Duration timeout;
    private final HttpClient http;

    /** @param baseUrl where the API lives, such as {@code http://localhost:8084}; its paths follow */
    public HttpPaymentProvider(URI baseUrl, Duration timeout) {
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    @Override
    public ChargeOutcome charge(ChargeCall call) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + ProviderResponses.path(call.kind())))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", call.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body(call)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return ProviderResponses.answer(call.kind(), response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return new ChargeOutcome.Unanswered("timeout", "no answer within " + timeout + ": " + e.getMessage());
        } catch (IOException e) {
            return new ChargeOutcome.Unanswered("network_error", e.toString());
        }
    }

    @Override
    public LedgerLookup lookUp(ChargeCall call) throws InterruptedException {
        String reference = URLEncoder.encode(call.reference(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + ProviderResponses.path(call.kind()) + "?reference=" + reference))
                .timeout(timeout)
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return ProviderResponses.ledger(call.kind(), response.statusCode(), response.body(),
                    call.idempotencyKey());
        } catch (IOException e) {
            return new LedgerLookup.Unreadable(e.toString());
        }
    }

    @Override
    public void close() {
        http.close();
    }

    private static String body(ChargeCall call) {
        Object body = switch (call.kind()) {
            case CHARGE -> new ChargeBody(call.customerId(), call.amount(), call.currency(), call.reference());
            case PAYOUT -> new PayoutBody(call.amount(), call.currency(), call.customerId(), call.reference());
            case REFUND -> new RefundBody(call.amount(), call.currency(), call.customerId(), call.charge(),
                    call.reference());
        };
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ChargeBody(String customerId, long amount, String currency, String reference) {
    }

    private record PayoutBody(long amount, String currency, String merchant, String reference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record RefundBody(long amount, String currency, String customer, String charge, String reference) {
    }
}
