package io.orderstream.paymentprovider.domain;

import java.time.Instant;

/** One payout of the ledger: money sent to a merchant under an idempotency key. Payouts always succeed. */
public record Payout(String id, String idempotencyKey, String merchant, long amount, String currency,
                     String reference, Instant createdAt) {
}
