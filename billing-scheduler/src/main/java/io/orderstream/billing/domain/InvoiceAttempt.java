package io.orderstream.billing.domain;

import java.time.Instant;

/**
 * One charge outcome booked for an invoice ({@code invoice_attempts}), {@code seq} from 1 in the order booked.
 *
 * @param outcome CAPTURED, DECLINED, REJECTED or FAILED (payments.results' status)
 * @param reason  the failure's code ({@link FailureReason#code()}), null when captured
 */
public record InvoiceAttempt(String invoiceId, int seq, String outcome, String reason, String chargeId,
                             String idempotencyKey, String requestId, Instant requestedAt, Instant bookedAt) {
}
