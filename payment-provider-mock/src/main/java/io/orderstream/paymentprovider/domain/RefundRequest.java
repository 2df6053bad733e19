package io.orderstream.paymentprovider.domain;

import java.util.Objects;

/**
 * What a client asks to refund to a customer: an amount in integer minor units of an ISO-4217 currency, optionally
 * of a charge ({@code charge}, its id: never more than it captured) and with a reference. An idempotency key is bound
 * to every field.
 */
public record RefundRequest(String customer, long amount, String currency, String charge, String reference) {

    public RefundRequest {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(currency, "currency");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
    }
}
