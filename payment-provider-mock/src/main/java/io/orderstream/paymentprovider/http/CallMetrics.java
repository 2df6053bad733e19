package io.orderstream.paymentprovider.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.paymentprovider.domain.GatewayReply;
import java.util.function.Function;

/**
 * {@code payment_provider.charges{outcome, replayed}} (and {@code .payouts}, {@code .refunds}): one count per answered
 * call. outcome is succeeded, declined, a refusal's code (customer_not_found, currency_mismatch, charge_not_found,
 * refund_exceeds_captured), idempotency_key_reused, drop_before_charge or drop_after_charge; replayed is true when
 * an earlier call made the outcome.
 */
final class CallMetrics<O> {

    static final String CHARGES = "payment_provider.charges";
    static final String PAYOUTS = "payment_provider.payouts";
    static final String REFUNDS = "payment_provider.refunds";

    private final MeterRegistry registry;
    private final String name;
    private final Function<O, String> outcomeName;

    CallMetrics(MeterRegistry registry, String name, Function<O, String> outcomeName) {
        this.registry = registry;
        this.name = name;
        this.outcomeName = outcomeName;
    }

    void count(GatewayReply<O> reply) {
        boolean replayed = reply instanceof GatewayReply.Answered<O> answered && answered.replayed();
        Counter.builder(name)
                .description("Calls by outcome")
                .tag("outcome", ChargeOutcomeNames.of(reply, outcomeName))
                .tag("replayed", String.valueOf(replayed))
                .register(registry)
                .increment();
    }
}
