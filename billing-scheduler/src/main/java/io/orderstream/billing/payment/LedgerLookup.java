package io.orderstream.billing.payment;

/** What the provider's ledger says of a charge call: charged or declined under its key, nothing, or no answer. */
public sealed interface LedgerLookup {

    /** The charge made under the call's key: {@link ChargeOutcome.Captured} or {@link ChargeOutcome.Declined}. */
    record Found(ChargeOutcome outcome) implements LedgerLookup {
    }

    record NotFound() implements LedgerLookup {
    }

    record Unreadable(String detail) implements LedgerLookup {
    }
}
