package io.orderstream.orderapi.command;

import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.schemas.order.CommandResult;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The order-processor's refusals as problems: its code stays the problem's code, and decides the HTTP
 * status and title. A code this table does not know (a processor newer than this API) is answered as
 * {@code command_failed}, its own code kept in the detail, so a client only ever sees documented codes.
 */
public final class RejectionProblems {

    static final String ORDER_NOT_FOUND = "order_not_found";
    private static final String COMMAND_FAILED = "command_failed";
    private static final Set<String> CHARGE_REFUSALS = Set.of("payment_declined", "payment_failed");

    private record Kind(int status, String title) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "validation_failed", new Kind(422, "Invalid request"),
            ORDER_NOT_FOUND, new Kind(404, "Order not found"),
            "payment_id_conflict", new Kind(409, "Payment id conflict"),
            "invalid_state", new Kind(409, "Invalid order state"),
            "invalid_amount", new Kind(422, "Invalid amount"),
            "payment_exceeds_balance", new Kind(422, "Payment exceeds the balance due"),
            "payment_declined", new Kind(402, "Payment declined"),
            "payment_failed", new Kind(402, "Payment failed"),
            "order_limit_reached", new Kind(409, "Order limit reached"),
            COMMAND_FAILED, new Kind(422, "Command failed"));

    private RejectionProblems() {
    }

    public static Problem of(CommandResult result) {
        String refusal = Objects.requireNonNullElse(result.getErrorCode(), COMMAND_FAILED);
        String code = KINDS.containsKey(refusal) ? refusal : COMMAND_FAILED;
        Kind kind = KINDS.get(code);
        String detail = Objects.requireNonNullElse(result.getErrorMessage(), kind.title() + ".")
                + (code.equals(refusal) ? "" : " (" + refusal + ")");
        return Problem.of(kind.status(), code, kind.title(), detail).withErrors(result.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getCode(), error.getMessage()))
                .toList());
    }

    public static Problem orderNotFound(String orderId) {
        return Problem.of(404, ORDER_NOT_FOUND, KINDS.get(ORDER_NOT_FOUND).title(), "There is no order " + orderId + ".");
    }

    /** A create-and-pay whose charge was not captured: the one refusal about an order nobody may see. */
    static boolean isChargeRefusal(CommandResult result) {
        return CHARGE_REFUSALS.contains(result.getErrorCode());
    }
}
