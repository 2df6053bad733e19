package io.orderstream.billing.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.Proxy;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.orderstream.platform.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The payment provider's HTTP API: {@code POST /v1/charges}, {@code /v1/payouts} or {@code /v1/refunds} (by the call's
 * kind) with an {@code Idempotency-Key}, and {@code GET /v1/charges?reference=} (payouts, refunds) for its ledger.
 * Each call waits at most the timeout to connect and at most the timeout for its answer; a call that times out is
 * {@code Unanswered("timeout")}, one whose connection fails otherwise {@code Unanswered("network_error")}.
 * <p>
 * Helidon's blocking HTTP/1.1 client, made for virtual threads: a call is a write and a read on a kept-alive connection
 * of the client's own pool (up to {@code connections} idle connections kept, one per call in flight). The JDK's
 * {@code HttpClient} spent about half of the payment worker's CPU on its asynchronous machinery for each exchange
 * (a filter chain built by reflection, futures, its selector thread, its pool's expiry list).
 */
public final class HttpPaymentProvider implements PaymentProvider, AutoCloseable {

    /** As many kept-alive connections as the most calls the payment worker may have in flight. */
    public static final int DEFAULT_CONNECTIONS = 2_000;

    private static final HeaderName IDEMPOTENCY_KEY = HeaderNames.create("Idempotency-Key");

    private final String baseUrl;
    private final Duration timeout;
    private final Http1Client http;

    /** @param baseUrl where the API lives, such as {@code http://localhost:8084}; its paths follow */
    public HttpPaymentProvider(URI baseUrl, Duration timeout) {
        this(baseUrl, timeout, DEFAULT_CONNECTIONS);
    }

    /** @param connections how many idle connections to keep for reuse: the most calls in flight at once */
    public HttpPaymentProvider(URI baseUrl, Duration timeout, int connections) {
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.timeout = timeout;
        this.http = Http1Client.builder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .connectionCacheSize(connections)
                .shareConnectionCache(false)
                .followRedirects(false)
                // like the JDK client's default: no proxy (Helidon's default asks the system's ProxySelector per call)
                .proxy(Proxy.noProxy())
                .servicesDiscoverServices(false)
                .build();
    }

    @Override
    public ChargeOutcome charge(ChargeCall call) throws InterruptedException {
        throwIfInterrupted(null);
        Http1ClientRequest request = http.post(baseUrl + ProviderResponses.path(call.kind()))
                .contentType(MediaTypes.APPLICATION_JSON)
                .header(IDEMPOTENCY_KEY, call.idempotencyKey());
        Answer answer;
        try (Http1ClientResponse response = request.submit(body(call))) {
            answer = Answer.of(response);
        } catch (RuntimeException e) {
            throwIfInterrupted(e);
            return unanswered(e);
        }
        return ProviderResponses.answer(call.kind(), answer.status(), answer.body());
    }

    @Override
    public LedgerLookup lookUp(ChargeCall call) throws InterruptedException {
        throwIfInterrupted(null);
        String reference = URLEncoder.encode(call.reference(), StandardCharsets.UTF_8);
        Http1ClientRequest request = http.get(baseUrl + ProviderResponses.path(call.kind()) + "?reference=" + reference)
                .skipUriEncoding(true);
        Answer answer;
        try (Http1ClientResponse response = request.request()) {
            answer = Answer.of(response);
        } catch (RuntimeException e) {
            throwIfInterrupted(e);
            return new LedgerLookup.Unreadable(ioFailure(e).toString());
        }
        return ProviderResponses.ledger(call.kind(), answer.status(), answer.body(), call.idempotencyKey());
    }

    @Override
    public void close() {
        http.closeResource();
    }

    private ChargeOutcome unanswered(RuntimeException e) {
        if (timedOut(e)) {
            return new ChargeOutcome.Unanswered("timeout", "no answer within " + timeout + ": " + e);
        }
        return new ChargeOutcome.Unanswered("network_error", ioFailure(e).toString());
    }

    /**
     * The I/O failure behind a failed exchange, as the JDK's client named it (an {@link IOException}): Helidon wraps
     * it in an {@link UncheckedIOException}, or reports a connection closed before the whole answer as a
     * {@code DataReader.InsufficientDataAvailableException}.
     */
    private static IOException ioFailure(RuntimeException e) {
        if (e instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        return new IOException("the connection failed before the whole answer arrived: " + e, e);
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A call of an interrupted thread (the worker stopping) throws {@link InterruptedException}, as the JDK's client did:
     * never an unanswered call or an unreadable ledger. Helidon reports an interruption during a call as a failed
     * socket (its cause an {@link InterruptedException} or a {@link ClosedByInterruptException}) and may clear the flag.
     */
    private static void throwIfInterrupted(RuntimeException failure) throws InterruptedException {
        if (Thread.interrupted() || causedByInterruption(failure)) {
            var interrupted = new InterruptedException("call to the payment provider interrupted");
            interrupted.initCause(failure);
            throw interrupted;
        }
    }

    private static boolean causedByInterruption(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException || cause instanceof ClosedByInterruptException) {
                return true;
            }
        }
        return false;
    }

    /** The status and body of an answer, read before its connection goes back to the pool. */
    private record Answer(int status, String body) {

        static Answer of(Http1ClientResponse response) {
            String body = response.entity().hasEntity() ? response.as(String.class) : "";
            return new Answer(response.status().code(), body);
        }
    }

    private static byte[] body(ChargeCall call) {
        Object body = switch (call.kind()) {
            case CHARGE -> new ChargeBody(call.customerId(), call.amount(), call.currency(), call.reference());
            case PAYOUT -> new PayoutBody(call.amount(), call.currency(), call.customerId(), call.reference());
            case REFUND -> new RefundBody(call.amount(), call.currency(), call.customerId(), call.charge(),
                    call.reference());
        };
        try {
            return Json.MAPPER.writeValueAsBytes(body);
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
