package io.orderstream.billing.domain;

/** Where an invoice is in its life; stored by name. */
public enum InvoiceStatus {
    /** Waiting for the run of its period. */
    PENDING,
    /** A charge request is out; its result is not booked yet. */
    CHARGING,
    PAID,
    /** The last charge failed; {@link FailureReason} says why, and dunning may try again. */
    ERROR,
    /** Money may have moved but the books disagree: never charged again automatically. */
    NEEDS_REVIEW;

    /** A run is done with an invoice in one of these (the exercise's rule: PAID or ERROR; review counts as final). */
    public boolean isFinal() {
        return this == PAID || this == ERROR || this == NEEDS_REVIEW;
    }
}
