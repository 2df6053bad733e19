package io.orderstream.orderapi.execution;

import io.orderstream.platform.http.Problem;

/** The problems of the Idempotency-Key contract. */
final class IdempotencyProblems {

    private IdempotencyProblems() {
    }

    static Problem reused() {
        return Problem.of(422, "idempotency_key_reused", "Idempotency key reused",
                "This Idempotency-Key was used before with a different request or endpoint.");
    }

    static Problem inUse() {
        return Problem.of(409, "idempotency_key_in_use", "Idempotency key in use",
                "A request with this Idempotency-Key is still being processed; retry in a moment.");
    }
}
