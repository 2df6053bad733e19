package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.Refund;
import java.time.Instant;

/** A refund as JSON; {@code status} is always {@code succeeded}, {@code charge} the refunded charge's id or null. */
public record RefundView(String refundId, String status, String customer, long amount, String currency,
                         String charge, String reference, String idempotencyKey, Instant createdAt) {

    static RefundView of(Refund refund) {
        return new RefundView(refund.id(), "succeeded", refund.customer(), refund.amount(), refund.currency(),
                refund.charge(), refund.reference(), refund.idempotencyKey(), refund.createdAt());
    }
}
