package io.orderstream.billing.payment;

/** The payment provider, as the worker needs it. Implementations are thread-safe: calls run side by side. */
public interface PaymentProvider {

    /** Charges under the call's idempotency key; never throws for a failed call, it answers {@link ChargeOutcome.Unanswered}. */
    ChargeOutcome charge(ChargeCall call) throws InterruptedException;

    /** Looks the call up in the provider's ledger: what, if anything, was charged under its key. */
    LedgerLookup lookUp(ChargeCall call) throws InterruptedException;
}
