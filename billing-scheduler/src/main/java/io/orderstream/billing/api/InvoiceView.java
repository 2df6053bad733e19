package io.orderstream.billing.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.orderstream.billing.domain.Invoice;
import io.orderstream.billing.domain.InvoiceAttempt;
import io.orderstream.billing.domain.Period;
import java.time.Instant;
import java.util.List;

/**
 * An invoice as the API shows it; {@code attempts} (every charge outcome booked, in order) only for one invoice,
 * left out of listings.
 */
record InvoiceView(String id, String customerId, long amount, String currency, String period, String status,
                   String failureReason, String chargeId, String runPeriod, int dunningAttempt, Instant nextAttemptAt,
                   Instant createdAt, Instant updatedAt,
                   @JsonInclude(JsonInclude.Include.NON_NULL) List<AttemptView> attempts) {

    record AttemptView(String outcome, String reason, String chargeId, String idempotencyKey, String requestId,
                       Instant requestedAt, Instant bookedAt) {

        static AttemptView of(InvoiceAttempt attempt) {
            return new AttemptView(attempt.outcome(), attempt.reason(), attempt.chargeId(), attempt.idempotencyKey(),
                    attempt.requestId(), attempt.requestedAt(), attempt.bookedAt());
        }
    }

    static InvoiceView withAttempts(Invoice invoice, List<InvoiceAttempt> attempts) {
        return of(invoice, attempts.stream().map(AttemptView::of).toList());
    }

    static InvoiceView listed(Invoice invoice) {
        return of(invoice, null);
    }

    private static InvoiceView of(Invoice invoice, List<AttemptView> attempts) {
        return new InvoiceView(invoice.id(), invoice.customerId(), invoice.amount(), invoice.currency(),
                text(invoice.period()), invoice.status().name(),
                invoice.failureReason() == null ? null : invoice.failureReason().code(), invoice.chargeId(),
                text(invoice.runPeriod()), invoice.dunningAttempt(), invoice.nextAttemptAt(), invoice.createdAt(),
                invoice.updatedAt(), attempts);
    }

    private static String text(Period period) {
        return period == null ? null : period.toString();
    }
}
