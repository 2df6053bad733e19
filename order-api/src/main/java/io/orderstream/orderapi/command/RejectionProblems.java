package io.orderstream.orderapi.command;

import io.orderstream.platform.codes.RejectionCode;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.schemas.order.CommandResult;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The order-processor's refusals as problems: its code stays the problem's code, and the catalogue
 * ({@link RejectionCode}) gives the HTTP status and title. A code no client is answered with, or one the catalogue
 * does not know (a processor newer than this API), is answered as {@code command_failed}, its own code kept in the
 * detail, so a client only ever sees documented codes.
 */
public final class RejectionProblems {

    private static final Set<RejectionCode> CHARGE_REFUSALS =
            Set.of(RejectionCode.PAYMENT_DECLINED, RejectionCode.PAYMENT_FAILED);

    private RejectionProblems() {
    }

    public static Problem of(CommandResult result) {
        String refusal = Objects.requireNonNullElse(result.getErrorCode(), RejectionCode.COMMAND_FAILED.code());
        RejectionCode code = answerable(refusal).orElse(RejectionCode.COMMAND_FAILED);
        String detail = Objects.requireNonNullElse(result.getErrorMessage(), code.title() + ".")
                + (code.code().equals(refusal) ? "" : " (" + refusal + ")");
        return problem(code, detail).withErrors(result.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getCode(), error.getMessage()))
                .toList());
    }

    public static Problem orderNotFound(String orderId) {
        return problem(RejectionCode.ORDER_NOT_FOUND, "There is no order " + orderId + ".");
    }

    /** A create-and-pay whose charge was not captured: the one refusal about an order nobody may see. */
    static boolean isChargeRefusal(CommandResult result) {
        return RejectionCode.of(result.getErrorCode()).filter(CHARGE_REFUSALS::contains).isPresent();
    }

    private static Optional<RejectionCode> answerable(String refusal) {
        return RejectionCode.of(refusal).filter(code -> code.status().isPresent());
    }

    private static Problem problem(RejectionCode code, String detail) {
        return Problem.of(code.status().orElseThrow(), code.code(), code.title(), detail);
    }
}
