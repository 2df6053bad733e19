package io.orderstream.paymentprovider.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.ProblemException;

/** The {@code Idempotency-Key} header every charge, payout and refund needs: not blank, at most 255 characters (as Stripe). */
final class IdempotencyKeys {

    static final HeaderName HEADER = HeaderNames.create("Idempotency-Key");
    static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }

    static String from(ServerRequest request) {
        String key = request.headers().first(HEADER).map(String::strip).orElse("");
        if (key.isEmpty()) {
            throw new ProblemException(Problem.badRequest("missing_idempotency_key",
                    "A charge, payout or refund needs an Idempotency-Key header; reuse it when retrying the same call."));
        }
        if (key.length() > MAX_LENGTH) {
            throw new ProblemException(Problem.badRequest("invalid_idempotency_key",
                    "The Idempotency-Key must be at most " + MAX_LENGTH + " characters."));
        }
        return key;
    }
}
