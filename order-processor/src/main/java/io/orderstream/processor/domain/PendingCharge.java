package io.orderstream.processor.domain;

import java.time.Instant;

/**
 * The charge of a create-and-pay order, asked of the payment worker under one request id and one
 * idempotency key for every attempt, so the provider never charges twice.
 */
public record PendingCharge(String requestId, String idempotencyKey, long amount, int attempts,
                            Instant requestedAt) {

    /** The provider's idempotency key for an order's charge: derived from the order, never random. */
    public static String idempotencyKeyOf(String orderId) {
        return "order/" + orderId + "/charge";
    }

    PendingCharge askedAgain(int attempt, Instant at) {
        return new PendingCharge(requestId, idempotencyKey, amount, attempt, at);
    }
}
