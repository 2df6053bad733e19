package io.orderstream.platform.loop;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the failed records of committed batches: {@code orderstream.records.retried} and
 * {@code orderstream.records.dead_lettered}, tagged with the original {@code topic} and the {@code reason}.
 */
final class FailureCounter {

    static final String RETRIED = "orderstream.records.retried";
    static final String DEAD_LETTERED = "orderstream.records.dead_lettered";

    private final MeterRegistry registry;

    FailureCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    public void committed(ProcessedBatch<?> batch) {
        batch.failures().forEach(this::count);
    }

    void count(FailedRecord failure) {
        Counter.builder(failure.deadLettered() ? DEAD_LETTERED : RETRIED)
                .description(failure.deadLettered()
                        ? "Records sent to their dead-letter topic" : "Records re-queued on a retry tier")
                .tag("topic", failure.originalTopic())
                .tag("reason", failure.reason())
                .register(registry)
                .increment();
    }
}
