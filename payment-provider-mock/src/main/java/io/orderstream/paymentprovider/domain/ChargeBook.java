package io.orderstream.paymentprovider.domain;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The first outcome under each idempotency key, and through it the ledger of charges.
 * Recording is atomic per key: of any number of concurrent calls with one key, exactly one
 * records its outcome and every other answers that outcome.
 */
public final class ChargeBook {

    private record Entry(ChargeRequest request, ChargeOutcome outcome) {
    }

    private final ConcurrentMap<String, Entry> entriesByKey = new ConcurrentHashMap<>();

    /** Records {@code candidate} unless the key already has an outcome; answers the outcome that holds. */
    public ChargeReply recordFirst(String idempotencyKey, ChargeRequest request, ChargeOutcome candidate) {
        Entry earlier = entriesByKey.putIfAbsent(idempotencyKey, new Entry(request, candidate));
        if (earlier == null) {
            return new ChargeReply.Answered(candidate, false);
        }
        if (!earlier.request().equals(request)) {
            return new ChargeReply.KeyReused();
        }
        return new ChargeReply.Answered(earlier.outcome(), true);
    }

    /** Every charge made, oldest first. */
    public List<Charge> charges() {
        return entriesByKey.values().stream()
                .map(Entry::outcome)
                .<Charge>mapMulti((outcome, sink) -> {
                    if (outcome instanceof ChargeOutcome.Charged charged) {
                        sink.accept(charged.charge());
                    }
                })
                .sorted(Comparator.comparing(Charge::createdAt).thenComparing(Charge::id))
                .toList();
    }

    public List<Charge> chargesWithReference(String reference) {
        return charges().stream().filter(charge -> charge.reference().equals(reference)).toList();
    }
}
