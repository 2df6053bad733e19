package io.orderstream.paymentprovider.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The first outcome under each idempotency key, bound to the request that made it, and the ledger of what those
 * outcomes moved (charges, payouts, refunds), in recording order.
 * <p>
 * Deciding and recording are one atomic step per key ({@link ConcurrentHashMap#computeIfAbsent}): of any number of
 * concurrent calls with one key, exactly one decides, and every other answers its outcome. A decision that depends on
 * other keys (a refund's bound) guards that itself.
 *
 * @param <Q> the request a key is bound to: the same key with an unequal request is refused
 * @param <O> the outcome of a request
 * @param <E> a ledger entry; an outcome makes one or none (a refusal)
 */
public final class IdempotentBook<Q, O, E> {

    private record Entry<Q, O>(Q request, O outcome) {
    }

    private final ConcurrentMap<String, Entry<Q, O>> entriesByKey = new ConcurrentHashMap<>();
    /** Every ledger entry in the order it was recorded; only ever appended to, so a position in it never changes. */
    private final List<E> log = new ArrayList<>();
    private final Map<String, E> byId = new HashMap<>();
    private final Function<O, Optional<E>> ledgerEntry;
    private final Function<E, String> idOf;

    /**
     * @param ledgerEntry what an outcome enters in the ledger, if anything
     * @param idOf        the provider's id of a ledger entry
     */
    public IdempotentBook(Function<O, Optional<E>> ledgerEntry, Function<E, String> idOf) {
        this.ledgerEntry = ledgerEntry;
        this.idOf = idOf;
    }

    /** Decides and records the request unless the key already has an outcome; answers the outcome that holds. */
    public GatewayReply<O> recordFirst(String idempotencyKey, Q request, Function<Q, O> decide) {
        var decidedNow = new AtomicBoolean();
        Entry<Q, O> entry = entriesByKey.computeIfAbsent(idempotencyKey, key -> {
            O outcome = decide.apply(request);
            ledgerEntry.apply(outcome).ifPresent(this::append);
            decidedNow.set(true);
            return new Entry<>(request, outcome);
        });
        if (decidedNow.get()) {
            return new GatewayReply.Answered<>(entry.outcome(), false);
        }
        if (!entry.request().equals(request)) {
            return new GatewayReply.KeyReused<>();
        }
        return new GatewayReply.Answered<>(entry.outcome(), true);
    }

    /** Every ledger entry, in recording order. */
    public List<E> entries() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    public Optional<E> find(String id) {
        synchronized (log) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    /**
     * At most {@code limit} entries from position {@code from} of the recording order (0 = the first ever recorded):
     * a client pages through a ledger of millions with {@code from} = the last page's {@link LedgerPage#next()}.
     */
    public LedgerPage<E> page(int from, int limit) {
        if (from < 0 || limit < 1) {
            throw new IllegalArgumentException("from >= 0 and limit >= 1 expected: " + from + ", " + limit);
        }
        synchronized (log) {
            int to = (int) Math.min(log.size(), (long) from + limit);
            List<E> entries = from >= to ? List.of() : List.copyOf(log.subList(from, to));
            return new LedgerPage<>(entries, Math.max(from, to), log.size());
        }
    }

    private void append(E entry) {
        synchronized (log) {
            log.add(entry);
            byId.put(idOf.apply(entry), entry);
        }
    }
}
