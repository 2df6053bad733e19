package io.orderstream.paymentprovider.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.paymentprovider.domain.GatewayReply;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.ProblemException;
import java.util.function.BiConsumer;

/**
 * What every call (charge, payout, refund) answers alike: a replayed outcome carries {@code Idempotent-Replayed: true},
 * a reused key is {@code 422 idempotency_key_reused}, a network fault closes the connection without an answer.
 */
final class GatewayResponses {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private GatewayResponses() {
    }

    /** @param answer sends the outcome of an answered call */
    static <O> void send(ServerRequest request, ServerResponse response, GatewayReply<O> reply, String what,
                         BiConsumer<ServerResponse, O> answer) {
        switch (reply) {
            case GatewayReply.Answered<O> answered -> {
                if (answered.replayed()) {
                    response.header(HeaderNames.create(REPLAYED_HEADER), "true");
                }
                answer.accept(response, answered.outcome());
            }
            case GatewayReply.KeyReused<O> keyReused -> throw new ProblemException(Problem.of(422,
                    ChargeOutcomeNames.KEY_REUSED, "Idempotency key reused",
                    "This Idempotency-Key was first used with a different request; a new " + what
                            + " needs a new key."));
            case GatewayReply.ConnectionDropped<O> dropped -> throw ConnectionDrops.drop(request,
                    "simulated network fault: " + ChargeOutcomeNames.of(dropped.fault()));
        }
    }
}
