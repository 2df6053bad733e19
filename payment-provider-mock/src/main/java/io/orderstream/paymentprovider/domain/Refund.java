package io.orderstream.paymentprovider.domain;

import java.time.Instant;

/** One refund of the ledger: money given back to a customer under an idempotency key, of a charge or not. */
public record Refund(String id, String idempotencyKey, String customer, long amount, String currency, String charge,
                     String reference, Instant createdAt) {
}
