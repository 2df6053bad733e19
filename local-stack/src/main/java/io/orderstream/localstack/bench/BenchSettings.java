package io.orderstream.localstack.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One run of {@code bench orders}: the load stops after {@code duration} of measurement or once {@code orders}
 * orders were created after the warm-up, whichever is given.
 *
 * @param orderApis   order-api base URLs given on the command line; empty: the stack's
 * @param drain       the longest wait, after the load stops, for the orders created to reach a final status
 * @param rawProducer how long the raw producer rate is measured
 */
public record BenchSettings(int clients, Optional<Duration> duration, OptionalLong orders, OrderPath path,
                            Duration warmup, Duration drain, Duration rawProducer, List<URI> orderApis) {

    public static final int MAX_CLIENTS = 10_000;

    public BenchSettings {
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("--clients must be 1 to " + MAX_CLIENTS + ": " + clients);
        }
        if (duration.isPresent() == orders.isPresent()) {
            throw new IllegalArgumentException("give either --duration or --orders, not both");
        }
        duration.filter(it -> it.isNegative() || it.isZero()).ifPresent(it -> {
            throw new IllegalArgumentException("--duration must be positive: " + it);
        });
        if (orders.isPresent() && orders.getAsLong() < 1) {
            throw new IllegalArgumentException("--orders must be at least 1: " + orders.getAsLong());
        }
        requireNotNegative("--warmup", warmup);
        requireNotNegative("--drain", drain);
        if (rawProducer.isNegative() || rawProducer.isZero()) {
            throw new IllegalArgumentException("--raw-producer must be positive: " + rawProducer);
        }
        orderApis = List.copyOf(orderApis);
    }

    private static void requireNotNegative(String option, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(option + " must not be negative: " + value);
        }
    }
}
