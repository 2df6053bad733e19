package io.orderstream.paymentprovider.http;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.paymentprovider.domain.ChargeOutcome;
import io.orderstream.paymentprovider.domain.ChargeRequest;
import io.orderstream.paymentprovider.domain.Gateway;
import io.orderstream.paymentprovider.domain.GatewayReply;
import io.orderstream.platform.http.Json;

/** {@code POST /v1/charges}, {@code GET /v1/charges?reference=}, {@code GET /v1/ledger} and {@code GET /v1/ledger/charges}. */
public final class ChargeRoutes {

    private final Gateway gateway;
    private final CallMetrics<ChargeOutcome> metrics;

    public ChargeRoutes(Gateway gateway, MeterRegistry registry) {
        this.gateway = gateway;
        this.metrics = new CallMetrics<>(registry, CallMetrics.CHARGES, ChargeOutcomeNames::of);
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
        GatewayReply<ChargeOutcome> reply = gateway.charge(idempotencyKey, chargeRequest);
        metrics.count(reply);
        ChargeResponses.send(request, response, reply, chargeRequest);
    }

    private void chargesWithReference(ServerRequest request, ServerResponse response) {
        String reference = LedgerPageQuery.reference(request);
        Json.send(response, Status.OK_200, ChargeListView.of(gateway.chargesWithReference(reference)));
    }

    private void ledger(ServerRequest request, ServerResponse response) {
        Json.send(response, Status.OK_200, LedgerView.of(gateway));
    }

    private void ledgerPage(ServerRequest request, ServerResponse response) {
        LedgerPageQuery.Window page = LedgerPageQuery.page(request);
        Json.send(response, Status.OK_200, LedgerPageView.ofCharges(gateway.ledgerPage(page.from(), page.limit())));
    }
}
