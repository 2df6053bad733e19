package io.orderstream.paymentprovider.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.paymentprovider.domain.ChargeReply;

/**
 * {@code payment_provider.charges{outcome, replayed}}: one count per answered charge call.
 * outcome is succeeded, declined, customer_not_found, currency_mismatch, idempotency_key_reused,
 * drop_before_charge or drop_after_charge; replayed is true when an earlier call made the outcome.
 */
final class ChargeMetrics {

    static final String NAME = "payment_provider.charges";

    private final MeterRegistry registry;

    ChargeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(ChargeReply reply) {
        boolean replayed = reply instanceof ChargeReply.Answered answered && answered.replayed();
        Counter.builder(NAME)
                .description("Charge calls by outcome")
                .tag("outcome", ChargeOutcomeNames.of(reply))
                .tag("replayed", String.valueOf(replayed))
                .register(registry)
                .increment();
    }
}
