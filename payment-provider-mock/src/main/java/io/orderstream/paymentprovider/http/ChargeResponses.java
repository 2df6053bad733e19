package io.orderstream.paymentprovider.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.paymentprovider.domain.ChargeOutcome;
import io.orderstream.paymentprovider.domain.ChargeReply;
import io.orderstream.paymentprovider.domain.ChargeRequest;
import io.orderstream.paymentprovider.domain.Refusal;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.http.ProblemResponses;

/**
 * Answers a charge call: 201 succeeded, 402 declined, 404/422 refused, 422 key reused, or no answer at all.
 */
final class ChargeResponses {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private ChargeResponses() {
    }

    static void send(ServerRequest request, ServerResponse response, ChargeReply reply, ChargeRequest chargeRequest) {
        switch (reply) {
            case ChargeReply.Answered answered -> answer(response, answered, chargeRequest);
            case ChargeReply.KeyReused keyReused -> throw new ProblemException(Problem.of(422,
                    ChargeOutcomeNames.KEY_REUSED, "Idempotency key reused",
                    "This Idempotency-Key was first used with a different request; a new charge needs a new key."));
            case ChargeReply.ConnectionDropped dropped -> throw ConnectionDrops.drop(request,
                    "simulated network fault: " + ChargeOutcomeNames.of(dropped.fault()));
        }
    }

    private static void answer(ServerResponse response, ChargeReply.Answered answered, ChargeRequest request) {
        if (answered.replayed()) {
            response.header(HeaderNames.create(REPLAYED_HEADER), "true");
        }
        switch (answered.outcome()) {
            case ChargeOutcome.Charged charged -> sendCharge(response, charged.charge());
            case ChargeOutcome.Refused refused -> ProblemResponses.send(response, problem(refused.refusal(), request));
        }
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
