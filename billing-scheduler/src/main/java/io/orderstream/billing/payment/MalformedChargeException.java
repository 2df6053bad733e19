package io.orderstream.billing.payment;

/** The provider refused a charge request as malformed: asking again would not help, and nothing was charged. */
public final class MalformedChargeException extends Exception {

    public MalformedChargeException(String detail) {
        super(detail);
    }
}
