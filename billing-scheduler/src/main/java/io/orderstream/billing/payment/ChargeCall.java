package io.orderstream.billing.payment;

import io.orderstream.schemas.payment.PaymentRequest;

/**
 * One charge as the provider sees it. Every attempt of a request sends the same call, so the provider answers a retry
 * with the outcome of the first: it takes the same body under one key as the same charge.
 *
 * @param reference the origin's id (order or invoice id): the same for every request of the origin, so the provider's
 *                  ledger lists an origin's charges together
 */
public record ChargeCall(String idempotencyKey, String customerId, long amount, String currency, String reference) {

    public static ChargeCall of(PaymentRequest request) {
        return new ChargeCall(request.getIdempotencyKey(), request.getCustomerId(), request.getAmount(),
                request.getCurrency(), request.getOriginId());
    }
}
