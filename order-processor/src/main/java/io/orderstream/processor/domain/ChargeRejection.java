package io.orderstream.processor.domain;

/**
 * Why a create-and-pay order was rejected: its charge was not captured. Kept with the order, so the create
 * delivered again is answered with the same refusal.
 *
 * @param code   {@code payment_declined} or {@code payment_failed}
 * @param reason the provider's code or the failure's reason
 */
public record ChargeRejection(String code, String reason) {

    /** The message its client is answered with, the first time and every time after. */
    public String message() {
        return "The payment was not captured: " + reason;
    }
}
