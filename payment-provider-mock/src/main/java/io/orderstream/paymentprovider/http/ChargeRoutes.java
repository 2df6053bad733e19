package io.orderstream.paymentprovider.http;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.paymentprovider.domain.ChargeReply;
import io.orderstream.paymentprovider.domain.ChargeRequest;
import io.orderstream.paymentprovider.domain.Gateway;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.ProblemException;

/** {@code POST /v1/charges}, {@code GET /v1/charges?reference=}, {@code GET /v1/ledger} and {@code GET /v1/ledger/charges}. */
public final class ChargeRoutes {

    private final Gateway gateway;
    private final ChargeMetrics metrics;

    public ChargeRoutes(Gateway gateway, MeterRegistry registry) {
        this.gateway = gateway;
        this.metrics = new ChargeMetrics(registry);
    }

    public void register(HttpRouting.Builder routing) {
        routing.addFeature(new ConnectionDrops())
                .post("/v1/charges", this::charge)
                .get("/v1/charges", this::chargesWithReference)
                .get("/v1/ledger", this::ledger)
                .get("/v1/ledger/charges", this::ledgerPage);
    }

    private void charge(ServerRequest request, ServerResponse response) {
        String idempotencyKey = IdempotencyKeys.from(request);
        ChargeRequest chargeRequest = Json.read(request, ChargeRequestBody.class).toChargeRequest();
        ChargeReply reply = gateway.charge(idempotencyKey, chargeRequest);
        metrics.count(reply);
        ChargeResponses.send(request, response, reply, chargeRequest);
    }

    private void chargesWithReference(ServerRequest request, ServerResponse response) {
        String reference = request.query().first("reference")
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new ProblemException(
                        Problem.badRequest("missing_reference", "Query parameter 'reference' is required.")));
        Json.send(response, Status.OK_200, ChargeListView.of(gateway.chargesWithReference(reference)));
    }

    private void ledger(ServerRequest request, ServerResponse response) {
        Json.send(response, Status.OK_200, LedgerView.of(gateway.charges()));
    }

    private void ledgerPage(ServerRequest request, ServerResponse response) {
        int from = LedgerPageQuery.integer(request, "from", 0, 0, Integer.MAX_VALUE);
        int limit = LedgerPageQuery.integer(request, "limit", LedgerPageQuery.DEFAULT_LIMIT, 1, LedgerPageQuery.MAX_LIMIT);
        Json.send(response, Status.OK_200, LedgerPageView.of(gateway.ledgerPage(from, limit)));
    }
}
