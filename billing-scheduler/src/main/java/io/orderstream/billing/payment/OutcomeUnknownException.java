package io.orderstream.billing.payment;

import io.orderstream.platform.loop.RetryableException;

/** The provider did not answer a charge: it is asked again later with the same idempotency key. */
public final class OutcomeUnknownException extends RetryableException {

    public OutcomeUnknownException(ChargeOutcome.Unanswered unanswered) {
        super(unanswered.reason(), unanswered.detail());
    }
}
