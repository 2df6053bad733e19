package io.orderstream.orderapi.api;

import io.orderstream.orderapi.command.OrderApiCode;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.http.ProblemCode;
import java.util.List;

/** The problems the API finds itself, each with its stable code; the processor's refusals are elsewhere. */
final class OrderProblems {

    private OrderProblems() {
    }

    /** The same code as the processor's own validation: a client handles both alike. */
    static Problem invalidFields(List<FieldProblem> problems) {
        return ProblemCode.VALIDATION_FAILED.problem("Fields are missing or beyond their bounds.").withErrors(problems);
    }

    static Problem invalidQuery(List<FieldProblem> problems) {
        return ProblemCode.INVALID_QUERY.problem("The query parameters are not valid.").withErrors(problems);
    }

    static Problem commandNotFound(String commandId) {
        return OrderApiCode.COMMAND_NOT_FOUND.problem("There is no command " + commandId + ".");
    }

    static Problem merchantKeyRequired() {
        return OrderApiCode.MERCHANT_KEY_REQUIRED.problem(
                "A shipment notice needs the API key of the order's merchant (Authorization: Bearer osk_...).");
    }

    static Problem invoiceNumberTaken(String invoiceNumber) {
        return OrderApiCode.INVOICE_NUMBER_TAKEN.problem(
                "Invoice number " + invoiceNumber + " belongs to another shipment of this merchant.");
    }

    static Problem unavailable(String detail) {
        return ProblemCode.SERVICE_UNAVAILABLE.problem(detail);
    }
}
