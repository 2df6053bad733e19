package io.orderstream.paymentprovider.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The payment gateway: every call (charge, payout, refund) takes its latency, may be cut by a network fault, and
 * otherwise answers the first outcome ever recorded under its idempotency key.
 */
public final class Gateway {

    private final Latency latency;
    private final NetworkFaults faults;
    private final ChargeDecider decider;
    private final ChargeBook book;
    private final Clock clock;
    private final Supplier<String> payoutIds = ProviderIds.random("po_");
    private final IdempotentBook<PayoutRequest, Payout, Payout> payouts =
            new IdempotentBook<>(Optional::of, Payout::id);
    private final RefundDecider refundDecider;
    private final IdempotentBook<RefundRequest, RefundOutcome, Refund> refunds = new IdempotentBook<>(
            outcome -> outcome instanceof RefundOutcome.Refunded refunded ? Optional.of(refunded.refund()) : Optional.empty(),
            Refund::id);

    public Gateway(Latency latency, NetworkFaults faults, ChargeDecider decider, ChargeBook book) {
        this(latency, faults, decider, book, Clock.systemUTC());
    }

    public Gateway(Latency latency, NetworkFaults faults, ChargeDecider decider, ChargeBook book, Clock clock) {
        this.latency = latency;
        this.faults = faults;
        this.decider = decider;
        this.book = book;
        this.clock = clock;
        this.refundDecider = new RefundDecider(book::charge, clock, ProviderIds.random("re_"));
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
                new ChargeBook(),
                clock);
    }

    public GatewayReply<ChargeOutcome> charge(String idempotencyKey, ChargeRequest request) {
        return call(() -> book.recordFirst(idempotencyKey, request, decider.decide(idempotencyKey, request)));
    }

    /** Pays a merchant out; a payout always succeeds. */
    public GatewayReply<Payout> payout(String idempotencyKey, PayoutRequest request) {
        return call(() -> payouts.recordFirst(idempotencyKey, request, payout -> new Payout(payoutIds.get(),
                idempotencyKey, payout.merchant(), payout.amount(), payout.currency(), payout.reference(),
                clock.instant())));
    }

    /** Refunds a customer, never more than a charge captured when it names one. */
    public GatewayReply<RefundOutcome> refund(String idempotencyKey, RefundRequest request) {
        return call(() -> refunds.recordFirst(idempotencyKey, request,
                refund -> refundDecider.decide(idempotencyKey, refund)));
    }

    private <O> GatewayReply<O> call(Supplier<GatewayReply<O>> record) {
        latency.pause();
        NetworkFault fault = faults.next();
        if (fault == NetworkFault.DROP_BEFORE_CHARGE) {
            return new GatewayReply.ConnectionDropped<>(fault);
        }
        GatewayReply<O> reply = record.get();
        return fault == NetworkFault.DROP_AFTER_CHARGE ? new GatewayReply.ConnectionDropped<>(fault) : reply;
    }

    public List<Charge> charges() {
        return book.charges();
    }

    public LedgerPage<Charge> ledgerPage(int from, int limit) {
        return book.page(from, limit);
    }

    public List<Charge> chargesWithReference(String reference) {
        return book.chargesWithReference(reference);
    }

    /** Every payout, in recording order. */
    public List<Payout> payouts() {
        return payouts.entries();
    }

    public LedgerPage<Payout> payoutPage(int from, int limit) {
        return payouts.page(from, limit);
    }

    /** Every refund, in recording order. */
    public List<Refund> refunds() {
        return refunds.entries();
    }

    public LedgerPage<Refund> refundPage(int from, int limit) {
        return refunds.page(from, limit);
    }
}
