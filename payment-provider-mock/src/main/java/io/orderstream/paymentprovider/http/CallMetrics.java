package io.orderstream.paymentprovider.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.paymentprovider.domain.GatewayReply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@code payment_provider.charges{outcome, replayed}} (and {@code .payouts}, {@code .refunds}): one count per answered
 * call. outcome is succeeded, declined, a refusal's code (customer_not_found, currency_mismatch, charge_not_found,
 * refund_exceeds_captured), idempotency_key_reused, drop_before_charge or drop_after_charge; replayed is true when
 * an earlier call made the outcome.
 * <p>
 * Each (outcome, replayed) counter is registered once and kept: registering on every call sorted and deduplicated
 * its tags and looked it up in the registry each time.
 */
final class CallMetrics<O> {

    static final String CHARGES = "payment_provider.charges";
    static final String PAYOUTS = "payment_provider.payouts";
    static final String REFUNDS = "payment_provider.refunds";

    private record Key(String outcome, boolean replayed) {
    }

    private final MeterRegistry registry;
    private final String name;
    private final Function<O, String> outcomeName;
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

    CallMetrics(MeterRegistry registry, String name, Function<O, String> outcomeName) {
        this.registry = registry;
        this.name = name;
        this.outcomeName = outcomeName;
    }

    void count(GatewayReply<O> reply) {
        boolean replayed = reply instanceof GatewayReply.Answered<O> answered && answered.replayed();
        counters.computeIfAbsent(new Key(ChargeOutcomeNames.of(reply, outcomeName), replayed), this::register)
                .increment();
    }

    private Counter register(Key key) {
        return Counter.builder(name)
                .description("Calls by outcome")
                .tag("outcome", key.outcome())
                .tag("replayed", String.valueOf(key.replayed()))
                .register(registry);
    }
}
