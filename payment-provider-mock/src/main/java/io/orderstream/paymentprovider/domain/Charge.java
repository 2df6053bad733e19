package io.orderstream.paymentprovider.domain;

import java.time.Instant;

/** One entry of the ledger: a charge made under an idempotency key, succeeded or declined. */
public record Charge(
        String id,
        String idempotencyKey,
        String customerId,
        long amount,
        String currency,
        String reference,
        ChargeStatus status,
        Instant createdAt) {

    public boolean succeeded() {
        return status == ChargeStatus.SUCCEEDED;
    }
}
