package io.orderstream.paymentprovider.domain;

/** What a charge request came to; the first outcome under an idempotency key is the only one. */
public sealed interface ChargeOutcome {

    /** A charge was made and entered in the ledger: it succeeded or was declined. */
    record Charged(Charge charge) implements ChargeOutcome {
    }

    /** No charge was made: the customer does not exist or cannot pay in that currency. */
    record Refused(Refusal refusal) implements ChargeOutcome {
    }
}
