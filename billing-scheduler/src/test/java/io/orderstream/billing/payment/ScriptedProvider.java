package io.orderstream.billing.payment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A provider that answers what a test scripted, in order, and remembers every call it got. */
final class ScriptedProvider implements PaymentProvider {

    final List<ChargeCall> charges = Collections.synchronizedList(new ArrayList<>());
    final List<ChargeCall> lookups = Collections.synchronizedList(new ArrayList<>());
    private final Queue<ChargeOutcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Queue<LedgerLookup> ledger = new ConcurrentLinkedQueue<>();

    ScriptedProvider answering(ChargeOutcome... next) {
        outcomes.addAll(List.of(next));
        return this;
    }

    ScriptedProvider withLedger(LedgerLookup... next) {
        ledger.addAll(List.of(next));
        return this;
    }

    @Override
    public ChargeOutcome charge(ChargeCall call) {
        charges.add(call);
        return next(outcomes, "charge");
    }

    @Override
    public LedgerLookup lookUp(ChargeCall call) {
        lookups.add(call);
        return next(ledger, "ledger lookup");
    }

    private static <T> T next(Queue<T> script, String what) {
        T next = script.poll();
        if (next == null) {
            throw new AssertionError("no " + what + " scripted");
        }
        return next;
    }
}
