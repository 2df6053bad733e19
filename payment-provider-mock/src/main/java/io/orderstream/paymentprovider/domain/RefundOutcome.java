package io.orderstream.paymentprovider.domain;

/** What a refund request came to; the first outcome under an idempotency key is the only one. */
public sealed interface RefundOutcome {

    /** The money was given back and the refund entered in the ledger. */
    record Refunded(Refund refund) implements RefundOutcome {
    }

    /**
     * Nothing was refunded.
     *
     * @param refundable what the charge could still refund when the request was decided (0 when not about a charge)
     */
    record Refused(RefundRefusal refusal, long refundable) implements RefundOutcome {
    }
}
