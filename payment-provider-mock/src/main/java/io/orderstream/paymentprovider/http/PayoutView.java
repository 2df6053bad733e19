package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.Payout;
import java.time.Instant;

/** A payout as JSON; {@code status} is always {@code succeeded}. */
public record PayoutView(String payoutId, String status, String merchant, long amount, String currency,
                         String reference, String idempotencyKey, Instant createdAt) {

    static PayoutView of(Payout payout) {
        return new PayoutView(payout.id(), "succeeded", payout.merchant(), payout.amount(), payout.currency(),
                payout.reference(), payout.idempotencyKey(), payout.createdAt());
    }
}
