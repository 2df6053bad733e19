package io.orderstream.billing.domain;

import java.time.Instant;

/**
 * A monthly invoice: {@code amount} minor units of {@code currency} for {@code period}. {@code chargeKey} is the
 * provider Idempotency-Key of the charge in flight or last made; {@code runPeriod} the run that charged it.
 */
public record Invoice(String id, String customerId, long amount, String currency, Period period, InvoiceStatus status,
                      FailureReason failureReason, String chargeId, Period runPeriod, String chargeKey,
                      int dunningAttempt, Instant nextAttemptAt, Instant requestedAt, Instant createdAt,
                      Instant updatedAt) {
}
