package io.orderstream.paymentprovider.domain;

import java.time.Clock;
import java.util.List;
import java.util.Random;

/**
 * The payment gateway: every call takes its latency, may be cut by a network fault, and
 * otherwise answers the first outcome ever recorded under its idempotency key.
 */
public final class Gateway {

    private final Latency latency;
    private final NetworkFaults faults;
    private final ChargeDecider decider;
    private final ChargeBook book;

    public Gateway(Latency latency, NetworkFaults faults, ChargeDecider decider, ChargeBook book) {
        this.latency = latency;
        this.faults = faults;
        this.decider = decider;
        this.book = book;
    }

    /** A gateway whose latency and faults come from one random sequence seeded with {@code settings.seed()}. */
    public static Gateway create(GatewaySettings settings, Sleeper sleeper, Clock clock) {
        // java.util.Random, unlike SplittableRandom, is safe to share between request threads
        var random = new Random(settings.seed());
        return new Gateway(
                new Latency(settings.latencyMin(), settings.latencyMax(), random, sleeper),
                NetworkFaults.random(settings.faultRatio(), random),
                new ChargeDecider(new Customers(), new DeclinePolicy(settings.declineRatio(), settings.seed()),
                        clock, ChargeDecider.randomChargeIds()),
                new ChargeBook());
    }

    public ChargeReply charge(String idempotencyKey, ChargeRequest request) {
        latency.pause();
        NetworkFault fault = faults.next();
        if (fault == NetworkFault.DROP_BEFORE_CHARGE) {
            return new ChargeReply.ConnectionDropped(fault);
        }
        ChargeReply reply = book.recordFirst(idempotencyKey, request, decider.decide(idempotencyKey, request));
        return fault == NetworkFault.DROP_AFTER_CHARGE ? new ChargeReply.ConnectionDropped(fault) : reply;
    }

    public List<Charge> charges() {
        return book.charges();
    }

    public LedgerPage ledgerPage(int from, int limit) {
        return book.page(from, limit);
    }

    public List<Charge> chargesWithReference(String reference) {
        return book.chargesWithReference(reference);
    }
}
