package io.orderstream.orderapi.api;

import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.Problem.FieldProblem;
import java.util.List;

/** The problems the API finds itself, each with its stable code; the processor's refusals are elsewhere. */
final class OrderProblems {

    /** The same code as the processor's own validation: a client handles both alike. */
    static final String VALIDATION_FAILED = "validation_failed";

    private OrderProblems() {
    }

    static Problem missingFields(List<FieldProblem> problems) {
        return Problem.of(422, VALIDATION_FAILED, "Invalid request", "Required fields are missing.").withErrors(problems);
    }

    static Problem invalidQuery(List<FieldProblem> problems) {
        return Problem.of(400, "invalid_query", "Bad request", "The query parameters are not valid.")
                .withErrors(problems);
    }

    static Problem invalidIdempotencyKey(int maxLength) {
        return Problem.badRequest("invalid_idempotency_key",
                "The Idempotency-Key header must have 1 to " + maxLength + " visible ASCII characters.");
    }

    static Problem commandNotFound(String commandId) {
        return Problem.of(404, "command_not_found", "Command not found", "There is no command " + commandId + ".");
    }

    static Problem unavailable(String detail) {
        return Problem.of(503, "service_unavailable", "Service unavailable", detail);
    }
}
