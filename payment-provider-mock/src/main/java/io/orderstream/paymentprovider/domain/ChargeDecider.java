package io.orderstream.paymentprovider.domain;

import java.time.Clock;
import java.util.function.Supplier;

/** Turns a charge request into the outcome it would have if it were the first under its key. */
public final class ChargeDecider {

    private final Customers customers;
    private final DeclinePolicy declinePolicy;
    private final Clock clock;
    private final Supplier<String> chargeIds;

    public ChargeDecider(Customers customers, DeclinePolicy declinePolicy, Clock clock, Supplier<String> chargeIds) {
        this.customers = customers;
        this.declinePolicy = declinePolicy;
        this.clock = clock;
        this.chargeIds = chargeIds;
    }

    /** Charge ids shaped like Stripe's: {@code ch_} and 24 hex digits, unique across restarts. */
    public static Supplier<String> randomChargeIds() {
        return ProviderIds.random("ch_");
    }

    public ChargeOutcome decide(String idempotencyKey, ChargeRequest request) {
        return customers.refusal(request)
                .<ChargeOutcome>map(ChargeOutcome.Refused::new)
                .orElseGet(() -> new ChargeOutcome.Charged(charge(idempotencyKey, request)));
    }

    private Charge charge(String idempotencyKey, ChargeRequest request) {
        ChargeStatus status = declinePolicy.declines(idempotencyKey, request.customerId())
                ? ChargeStatus.DECLINED
                : ChargeStatus.SUCCEEDED;
        return new Charge(chargeIds.get(), idempotencyKey, request.customerId(), request.amount(),
                request.currency(), request.reference(), status, clock.instant());
    }
}
