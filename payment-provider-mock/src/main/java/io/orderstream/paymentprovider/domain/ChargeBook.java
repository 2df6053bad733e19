package io.orderstream.paymentprovider.domain;

import java.util.ArrayList;
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
    /** Every charge in the order it was recorded; only ever appended to, so a position in it never changes. */
    private final List<Charge> log = new ArrayList<>();

    /** Records {@code candidate} unless the key already has an outcome; answers the outcome that holds. */
    public ChargeReply recordFirst(String idempotencyKey, ChargeRequest request, ChargeOutcome candidate) {
        Entry earlier = entriesByKey.putIfAbsent(idempotencyKey, new Entry(request, candidate));
        if (earlier == null) {
            if (candidate instanceof ChargeOutcome.Charged charged) {
                append(charged.charge());
            }
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

    /**
     * At most {@code limit} charges from position {@code from} of the recording order (0 = the first charge ever
     * recorded): a client pages through a ledger of millions with {@code from} = the last page's {@link LedgerPage#next()}.
     */
    public LedgerPage page(int from, int limit) {
        if (from < 0 || limit < 1) {
            throw new IllegalArgumentException("from >= 0 and limit >= 1 expected: " + from + ", " + limit);
        }
        synchronized (log) {
            int to = (int) Math.min(log.size(), (long) from + limit);
            List<Charge> charges = from >= to ? List.of() : List.copyOf(log.subList(from, to));
            return new LedgerPage(charges, Math.max(from, to), log.size());
        }
    }

    private void append(Charge charge) {
        synchronized (log) {
            log.add(charge);
        }
    }

    public List<Charge> chargesWithReference(String reference) {
        return charges().stream().filter(charge -> charge.reference().equals(reference)).toList();
    }
}
