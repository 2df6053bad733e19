package io.orderstream.paymentprovider.http;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.paymentprovider.domain.ChargeOutcome;
import io.orderstream.paymentprovider.domain.ChargeRequest;
import io.orderstream.paymentprovider.domain.GatewayReply;
import io.orderstream.paymentprovider.domain.Refusal;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.ProblemResponses;

/**
 * Answers a charge call: 201 succeeded, 402 declined, 404/422 refused, 422 key reused, or no answer at all.
 */
final class ChargeResponses {

    static final String REPLAYED_HEADER = GatewayResponses.REPLAYED_HEADER;

    private ChargeResponses() {
    }

    static void send(ServerRequest request, ServerResponse response, GatewayReply<ChargeOutcome> reply,
                     ChargeRequest chargeRequest) {
        GatewayResponses.send(request, response, reply, "charge", (sink, outcome) -> {
            switch (outcome) {
                case ChargeOutcome.Charged charged -> sendCharge(sink, charged.charge());
                case ChargeOutcome.Refused refused ->
                        ProblemResponses.send(sink, problem(refused.refusal(), chargeRequest));
            }
        });
    }

    private static void sendCharge(ServerResponse response, Charge charge) {
        Json.send(response, charge.succeeded() ? Status.CREATED_201 : Status.PAYMENT_REQUIRED_402, ChargeView.of(charge));
    }

    private static Problem problem(Refusal refusal, ChargeRequest request) {
        String code = ChargeOutcomeNames.of(refusal);
        return switch (refusal) {
            case CUSTOMER_NOT_FOUND -> Problem.of(404, code, "Customer not found",
                    "No customer '" + request.customerId() + "'.");
            case CURRENCY_MISMATCH -> Problem.of(422, code, "Currency mismatch",
                    "Customer '" + request.customerId() + "' cannot pay in " + request.currency() + ".");
        };
    }
}
