package io.orderstream.billing.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.billing.store.IdempotentRequests.Answer;
import io.orderstream.billing.store.IdempotentRequests.Outcome;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.http.RequestFingerprint;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;

/** What a {@code POST} that creates answers: the creation (or its replay) with its Location, or why not. */
final class Creations {

    private Creations() {
    }

    /** A new id: the prefix and a random UUID's 32 hex digits, such as {@code cus_0f1e…}. */
    static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    static String fingerprint(String operation, Object request) {
        return RequestFingerprint.of(operation, request);
    }

    static void send(ServerResponse response, Outcome outcome, Supplier<Problem> exists) {
        switch (outcome) {
            case Outcome.Created created -> send(response, created.answer());
            case Outcome.Replayed replayed -> send(response, replayed.answer());
            case Outcome.Reused reused -> throw new ProblemException(BillingProblems.idempotencyKeyReused());
            case Outcome.Exists existing -> throw new ProblemException(exists.get());
        }
    }

    private static void send(ServerResponse response, Answer answer) {
        response.status(Status.create(answer.status()));
        if (answer.location() != null) {
            response.header(HeaderNames.LOCATION, answer.location());
        }
        response.header(HeaderValues.CONTENT_TYPE_JSON);
        response.send(answer.body().getBytes(StandardCharsets.UTF_8));
    }
}
