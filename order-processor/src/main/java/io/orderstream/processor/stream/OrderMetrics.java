package io.orderstream.processor.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.orderstream.processor.domain.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the order-processor counts: orders by milestone, rejected commands by code, command latency. */
final class OrderMetrics {

    private final MeterRegistry registry;

    OrderMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void recorded(List<Event> events) {
        for (Event event : events) {
            switch (event) {
                case Event.OrderCreated ignored -> registry.counter("orderstream.orders.created").increment();
                case Event.OrderPaid ignored -> registry.counter("orderstream.orders.paid").increment();
                case Event.OrderCancelled ignored -> registry.counter("orderstream.orders.cancelled").increment();
                case Event.OrderClosed closed -> registry.counter("orderstream.orders.closed",
                        "result", closed.outcome().name()).increment();
                default -> { }
            }
        }
    }

    void rejected(String code) {
        registry.counter("orderstream.commands.rejected", "code", code).increment();
    }

    /** From the moment a client issued the command to the moment its result was written. */
    void answered(String command, Instant issuedAt, Instant now) {
        Timer.builder("orderstream.command.latency").tag("command", command).publishPercentileHistogram()
                .register(registry).record(Duration.between(issuedAt, now).abs());
    }
}
