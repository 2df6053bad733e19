package io.orderstream.billing.api;

import io.orderstream.platform.http.ProblemKind;

/**
 * The codes billing-scheduler's API answers of its own, besides the platform's ({@code ProblemCode}). Each is declared
 * once, with its status and title; the README's table of billing codes lists them.
 */
public enum BillingApiCode implements ProblemKind {
    INVALID_PERIOD(400, "Bad request"),
    INVALID_IDEMPOTENCY_KEY(400, "Bad request"),
    CUSTOMER_NOT_FOUND(404, "Customer not found"),
    INVOICE_NOT_FOUND(404, "Invoice not found"),
    BILLING_RUN_NOT_FOUND(404, "Billing run not found"),
    CUSTOMER_EXISTS(409, "Customer exists"),
    INVOICE_EXISTS(409, "Invoice exists"),
    UNKNOWN_CUSTOMER(422, "Unknown customer"),
    /** An invoice in another currency than its customer's: the provider charges a customer in one currency. */
    INVOICE_CURRENCY_MISMATCH(422, "Invoice currency mismatch"),
    PERIOD_IN_FUTURE(422, "Period in the future"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused");

    private final int status;
    private final String title;

    BillingApiCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
