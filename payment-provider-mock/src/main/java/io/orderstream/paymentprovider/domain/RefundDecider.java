package io.orderstream.paymentprovider.domain;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a refund request into its outcome if it is the first under its key. The refunds of one charge never add up to
 * more than it captured, also when requests under different keys arrive at once: the check and the reservation of
 * the amount are one step. Called at most once per key ({@link IdempotentBook#recordFirst}), so a replay reserves
 * nothing.
 */
public final class RefundDecider {

    private final Function<String, Optional<Charge>> charges;
    private final Clock clock;
    private final Supplier<String> refundIds;
    /** The amount refunded so far per charge id. */
    private final Map<String, Long> refunded = new HashMap<>();

    public RefundDecider(Function<String, Optional<Charge>> charges, Clock clock, Supplier<String> refundIds) {
        this.charges = charges;
        this.clock = clock;
        this.refundIds = refundIds;
    }

    public RefundOutcome decide(String idempotencyKey, RefundRequest request) {
        if (request.charge() == null) {
            return refunded(idempotencyKey, request);
        }
        Optional<Charge> charge = charges.apply(request.charge());
        if (charge.isEmpty()) {
            return new RefundOutcome.Refused(RefundRefusal.CHARGE_NOT_FOUND, 0);
        }
        if (!charge.get().currency().equals(request.currency())) {
            return new RefundOutcome.Refused(RefundRefusal.CURRENCY_MISMATCH, 0);
        }
        return within(charge.get(), idempotencyKey, request);
    }

    private synchronized RefundOutcome within(Charge charge, String idempotencyKey, RefundRequest request) {
        long captured = charge.succeeded() ? charge.amount() : 0;
        long refundable = captured - refunded.getOrDefault(charge.id(), 0L);
        if (request.amount() > refundable) {
            return new RefundOutcome.Refused(RefundRefusal.REFUND_EXCEEDS_CAPTURED, refundable);
        }
        refunded.merge(charge.id(), request.amount(), Math::addExact);
        return refunded(idempotencyKey, request);
    }

    private RefundOutcome.Refunded refunded(String idempotencyKey, RefundRequest request) {
        return new RefundOutcome.Refunded(new Refund(refundIds.get(), idempotencyKey, request.customer(),
                request.amount(), request.currency(), request.charge(), request.reference(), clock.instant()));
    }
}
