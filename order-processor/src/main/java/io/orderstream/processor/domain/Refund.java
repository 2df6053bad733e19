package io.orderstream.processor.domain;

import java.time.Instant;

/**
 * Money taken for goods that will never ship, going back to the buyer.
 *
 * @param reason        why: {@link #REMAINDER_CANCELLED} or {@link #FULFILLMENT_FAILED}
 * @param failureReason why the provider did not refund; null unless FAILED
 */
public record Refund(String refundId, long amount, String reason, TransferStatus status, String providerId,
                     String failureReason, Instant requestedAt) {

    public static final String REMAINDER_CANCELLED = "remainder_cancelled";
    public static final String FULFILLMENT_FAILED = "fulfillment_failed";

    /** The refund id, also the provider's Idempotency-Key: one refund per order and reason, never two. */
    public static String idOf(String orderId, String reason) {
        return "refund/" + orderId + "/" + reason;
    }

    Refund settled(TransferStatus outcome, String provider, String why) {
        return new Refund(refundId, amount, reason, outcome, provider, why, requestedAt);
    }
}
