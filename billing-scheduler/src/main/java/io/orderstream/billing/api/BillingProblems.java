package io.orderstream.billing.api;

import io.orderstream.billing.domain.FieldViolation;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.http.ProblemCode;
import java.util.List;

/** The problems of the customer and invoice API, each made from a catalogued code ({@link BillingApiCode}, platform). */
final class BillingProblems {

    private BillingProblems() {
    }

    /** {@code 422 validation_failed} naming each field, the same problem order-api answers for its bodies. */
    static Problem invalidFields(List<FieldViolation> violations) {
        return ProblemCode.VALIDATION_FAILED.problem("Fields are missing or break their rules.")
                .withErrors(fieldProblems(violations));
    }

    static Problem invalidQuery(List<FieldViolation> violations) {
        return ProblemCode.INVALID_QUERY.problem("The query parameters are not valid.")
                .withErrors(fieldProblems(violations));
    }

    private static List<FieldProblem> fieldProblems(List<FieldViolation> violations) {
        return violations.stream().map(v -> new FieldProblem(v.field(), v.code(), v.message())).toList();
    }

    static Problem customerNotFound(String id) {
        return BillingApiCode.CUSTOMER_NOT_FOUND.problem("There is no customer " + id + ".");
    }

    static Problem invoiceNotFound(String id) {
        return BillingApiCode.INVOICE_NOT_FOUND.problem("There is no invoice " + id + ".");
    }

    static Problem customerExists(String id) {
        return BillingApiCode.CUSTOMER_EXISTS.problem("A customer " + id + " exists already.").withInstance("/customers/" + id);
    }

    static Problem invoiceExists(String id) {
        return BillingApiCode.INVOICE_EXISTS.problem("An invoice " + id + " exists already.").withInstance("/invoices/" + id);
    }

    static Problem unknownCustomer(String id) {
        return BillingApiCode.UNKNOWN_CUSTOMER.problem("There is no customer " + id + " to bill.");
    }

    static Problem currencyMismatch(String invoiceCurrency, String customerCurrency) {
        return BillingApiCode.INVOICE_CURRENCY_MISMATCH.problem("The invoice is in " + invoiceCurrency
                + " but its customer pays in " + customerCurrency + ".");
    }

    static Problem idempotencyKeyReused() {
        return BillingApiCode.IDEMPOTENCY_KEY_REUSED.problem(
                "This Idempotency-Key was used before with a different request or endpoint.");
    }

    static Problem unavailable() {
        return ProblemCode.SERVICE_UNAVAILABLE.problem("The billing store is unavailable; retry.");
    }
}
