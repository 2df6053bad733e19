package io.orderstream.orderapi.api;

import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.schemas.order.CommandResult;
import java.util.List;

/** The problems the order endpoints answer with, each with its stable code. */
final class OrderProblems {

    static final String VALIDATION_FAILED = "validation_failed";

    private OrderProblems() {
    }

    static Problem orderNotFound(String orderId) {
        return Problem.of(404, "order_not_found", "Order not found", "There is no order " + orderId + ".");
    }

    static Problem invalidOrder(List<FieldProblem> problems) {
        return Problem.of(422, VALIDATION_FAILED, "Invalid order", "The order is not valid.").withErrors(problems);
    }

    static Problem invalidIdempotencyKey(int maxLength) {
        return Problem.badRequest("invalid_idempotency_key",
                "The Idempotency-Key header must have 1 to " + maxLength + " visible ASCII characters.");
    }

    static Problem idempotencyKeyReused() {
        return Problem.of(422, "idempotency_key_reused", "Idempotency key reused",
                "This Idempotency-Key was used before with a different request.");
    }

    /** The order-processor's refusal, with its code and field errors as they are. */
    static Problem rejected(CommandResult result) {
        String code = result.getErrorCode() != null ? result.getErrorCode() : "command_rejected";
        String detail = result.getErrorMessage() != null ? result.getErrorMessage() : "The order was refused.";
        // one title per code, whichever side found the problem
        String title = VALIDATION_FAILED.equals(code) ? "Invalid order" : "Order refused";
        return Problem.of(422, code, title, detail).withErrors(result.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getCode(), error.getMessage()))
                .toList());
    }

    static Problem unavailable(String detail) {
        return Problem.of(503, "service_unavailable", "Service unavailable", detail);
    }
}
