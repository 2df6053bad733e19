package io.orderstream.orderapi.execution;

import io.orderstream.orderapi.command.OrderApiCode;
import io.orderstream.platform.http.Problem;

/** The problems of the Idempotency-Key contract. */
final class IdempotencyProblems {

    private IdempotencyProblems() {
    }

    static Problem reused() {
        return OrderApiCode.IDEMPOTENCY_KEY_REUSED.problem(
                "This Idempotency-Key was used before with a different request or endpoint.");
    }

    static Problem inUse() {
        return OrderApiCode.IDEMPOTENCY_KEY_IN_USE.problem(
                "A request with this Idempotency-Key is still being processed; retry in a moment.");
    }
}
