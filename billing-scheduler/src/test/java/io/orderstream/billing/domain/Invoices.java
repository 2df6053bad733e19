package io.orderstream.billing.domain;

import java.time.Instant;

/** Invoices in a given state, for the domain's tests. */
final class Invoices {

    static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");

    private Invoices() {
    }

    static Invoice pending(String id) {
        return new Invoice(id, "cus-1", 1_000, "EUR", Period.of(2026, 12), InvoiceStatus.PENDING, null, null, null,
                null, 0, null, null, CREATED, CREATED);
    }

    static Invoice charging(String id, String key, int attempt) {
        return with(pending(id), InvoiceStatus.CHARGING, null, null, key, attempt);
    }

    static Invoice paid(String id, String key, String chargeId) {
        return with(pending(id), InvoiceStatus.PAID, null, chargeId, key, 0);
    }

    static Invoice failed(String id, String key, int attempt, FailureReason reason) {
        return with(pending(id), InvoiceStatus.ERROR, reason, null, key, attempt);
    }

    static Invoice underReview(String id, String key) {
        return with(pending(id), InvoiceStatus.NEEDS_REVIEW, null, null, key, 0);
    }

    private static Invoice with(Invoice i, InvoiceStatus status, FailureReason reason, String chargeId, String key,
                                int attempt) {
        return new Invoice(i.id(), i.customerId(), i.amount(), i.currency(), i.period(), status, reason, chargeId,
                i.period(), key, attempt, null, CREATED, i.createdAt(), i.updatedAt());
    }
}
