package io.orderstream.paymentprovider.domain;

import java.util.Objects;

/**
 * What a client asks to charge: an amount in integer minor units of an ISO-4217 currency.
 * Two requests are the same request when every field is equal; that is what an idempotency key is bound to.
 */
public record ChargeRequest(String customerId, long amount, String currency, String reference) {

    public ChargeRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(reference, "reference");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
    }
}
