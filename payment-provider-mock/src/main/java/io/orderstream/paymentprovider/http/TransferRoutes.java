package io.orderstream.paymentprovider.http;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.paymentprovider.domain.Gateway;
import io.orderstream.paymentprovider.domain.GatewayReply;
import io.orderstream.paymentprovider.domain.Payout;
import io.orderstream.paymentprovider.domain.PayoutRequest;
import io.orderstream.paymentprovider.domain.RefundOutcome;
import io.orderstream.paymentprovider.domain.RefundRequest;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.ProblemResponses;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Money the provider sends rather than takes: {@code POST /v1/payouts} (to a merchant) and {@code POST /v1/refunds}
 * (back to a customer), idempotent like charges, with {@code GET /v1/payouts?reference=},
 * {@code GET /v1/refunds?reference=}, {@code GET /v1/ledger/payouts} and {@code GET /v1/ledger/refunds}.
 * Register after {@link ChargeRoutes}, which installs the connection drops.
 */
public final class TransferRoutes {

    private final Gateway gateway;
    private final CallMetrics<Payout> payoutMetrics;
    private final CallMetrics<RefundOutcome> refundMetrics;

    public TransferRoutes(Gateway gateway, MeterRegistry registry) {
        this.gateway = gateway;
        this.payoutMetrics = new CallMetrics<>(registry, CallMetrics.PAYOUTS, payout -> ChargeOutcomeNames.SUCCEEDED);
        this.refundMetrics = new CallMetrics<>(registry, CallMetrics.REFUNDS, ChargeOutcomeNames::of);
    }

    public void register(HttpRouting.Builder routing) {
        routing.post("/v1/payouts", this::payout)
                .get("/v1/payouts", this::payoutsWithReference)
                .get("/v1/ledger/payouts", this::payoutPage)
                .post("/v1/refunds", this::refund)
                .get("/v1/refunds", this::refundsWithReference)
                .get("/v1/ledger/refunds", this::refundPage);
    }

    private void payout(ServerRequest request, ServerResponse response) {
        String idempotencyKey = IdempotencyKeys.from(request);
        PayoutRequest payoutRequest = Json.read(request, PayoutRequestBody.class).toPayoutRequest();
        GatewayReply<Payout> reply = gateway.payout(idempotencyKey, payoutRequest);
        payoutMetrics.count(reply);
        GatewayResponses.send(request, response, reply, "payout",
                (sink, payout) -> Json.send(sink, Status.CREATED_201, PayoutView.of(payout)));
    }

    private void refund(ServerRequest request, ServerResponse response) {
        String idempotencyKey = IdempotencyKeys.from(request);
        RefundRequest refundRequest = Json.read(request, RefundRequestBody.class).toRefundRequest();
        GatewayReply<RefundOutcome> reply = gateway.refund(idempotencyKey, refundRequest);
        refundMetrics.count(reply);
        GatewayResponses.send(request, response, reply, "refund", (sink, outcome) -> {
            switch (outcome) {
                case RefundOutcome.Refunded refunded ->
                        Json.send(sink, Status.CREATED_201, RefundView.of(refunded.refund()));
                case RefundOutcome.Refused refused -> ProblemResponses.send(sink, problem(refused, refundRequest));
            }
        });
    }

    private static Problem problem(RefundOutcome.Refused refused, RefundRequest request) {
        String code = ChargeOutcomeNames.of(refused.refusal());
        return switch (refused.refusal()) {
            case CHARGE_NOT_FOUND -> Problem.of(404, code, "Charge not found", "No charge '" + request.charge() + "'.");
            case CURRENCY_MISMATCH -> Problem.of(422, code, "Currency mismatch",
                    "Charge '" + request.charge() + "' was not made in " + request.currency() + ".");
            case REFUND_EXCEEDS_CAPTURED -> Problem.of(422, code, "Refund exceeds captured amount",
                    "Charge '" + request.charge() + "' can refund at most " + refused.refundable()
                            + " more minor units; " + request.amount() + " asked.");
        };
    }

    private void payoutsWithReference(ServerRequest request, ServerResponse response) {
        String reference = LedgerPageQuery.reference(request);
        List<PayoutView> payouts = gateway.payouts().stream()
                .filter(payout -> Objects.equals(payout.reference(), reference)).map(PayoutView::of).toList();
        Json.send(response, Status.OK_200, Map.of("payouts", payouts));
    }

    private void refundsWithReference(ServerRequest request, ServerResponse response) {
        String reference = LedgerPageQuery.reference(request);
        List<RefundView> refunds = gateway.refunds().stream()
                .filter(refund -> Objects.equals(refund.reference(), reference)).map(RefundView::of).toList();
        Json.send(response, Status.OK_200, Map.of("refunds", refunds));
    }

    private void payoutPage(ServerRequest request, ServerResponse response) {
        LedgerPageQuery.Window page = LedgerPageQuery.page(request);
        Json.send(response, Status.OK_200, LedgerPageView.ofPayouts(gateway.payoutPage(page.from(), page.limit())));
    }

    private void refundPage(ServerRequest request, ServerResponse response) {
        LedgerPageQuery.Window page = LedgerPageQuery.page(request);
        Json.send(response, Status.OK_200, LedgerPageView.ofRefunds(gateway.refundPage(page.from(), page.limit())));
    }
}
