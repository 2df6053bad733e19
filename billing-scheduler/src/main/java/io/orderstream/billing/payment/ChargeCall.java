package io.orderstream.billing.payment;

import io.orderstream.schemas.payment.PaymentKind;
import io.orderstream.schemas.payment.PaymentRequest;

/**
 * One call to the provider as it sees it: a charge ({@code POST /v1/charges}), a payout ({@code /v1/payouts}) or a
 * refund ({@code /v1/refunds}). Every attempt of a request sends the same call, so the provider answers a retry with
 * the outcome of the first: it takes the same body under one key as the same call.
 *
 * @param customerId who pays (charge), who is paid (payout: the merchant id) or who gets the money back (refund)
 * @param reference  what the provider files the call under and the worker looks it up by: the origin's id (order or
 *                   invoice id) for a charge or a refund, the shipment id for a payout (the origin's id when absent)
 * @param charge     a refund's captured charge (the provider's id), which bounds it; null otherwise or when unknown
 */
public record ChargeCall(PaymentKind kind, String idempotencyKey, String customerId, long amount, String currency,
                         String reference, String charge) {

    /** A charge. */
    public ChargeCall(String idempotencyKey, String customerId, long amount, String currency, String reference) {
        this(PaymentKind.CHARGE, idempotencyKey, customerId, amount, currency, reference, null);
    }

    public static ChargeCall of(PaymentRequest request) {
        PaymentKind kind = request.getKind() == null ? PaymentKind.CHARGE : request.getKind();
        String reference = kind == PaymentKind.PAYOUT && request.getReference() != null
                ? request.getReference()
                : request.getOriginId();
        String charge = kind == PaymentKind.REFUND ? request.getReference() : null;
        return new ChargeCall(kind, request.getIdempotencyKey(), request.getCustomerId(), request.getAmount(),
                request.getCurrency(), reference, charge);
    }
}
