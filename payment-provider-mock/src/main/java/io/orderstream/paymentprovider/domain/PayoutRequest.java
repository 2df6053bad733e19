package io.orderstream.paymentprovider.domain;

import java.util.Objects;

/**
 * What a client asks to pay out to a merchant: an amount in integer minor units of an ISO-4217 currency, with an
 * optional reference. An idempotency key is bound to every field.
 */
public record PayoutRequest(String merchant, long amount, String currency, String reference) {

    public PayoutRequest {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(currency, "currency");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
    }
}
