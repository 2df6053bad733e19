package io.orderstream.billing.payment;

/** What the provider answered to a charge, or that it did not answer. */
public sealed interface ChargeOutcome {

    /** Charged (201). */
    record Captured(String chargeId) implements ChargeOutcome {
    }

    /** Declined by the customer's bank (402); the declined charge is in the ledger. */
    record Declined(String code, String chargeId) implements ChargeOutcome {
    }

    /** Refused without a charge: no such customer (404), a currency the customer cannot pay in, a reused key (422). */
    record Rejected(String code, String detail) implements ChargeOutcome {
    }

    /**
     * No answer: a network error, a timeout or a 5xx. The charge may or may not have been made, so it is asked again
     * with the same key.
     *
     * @param reason {@code network_error}, {@code timeout} or {@code server_error}
     */
    record Unanswered(String reason, String detail) implements ChargeOutcome {
    }

    /** The provider refused the request as malformed (400 or another unexpected status): a bug, not bad luck. */
    record Malformed(String detail) implements ChargeOutcome {
    }
}
