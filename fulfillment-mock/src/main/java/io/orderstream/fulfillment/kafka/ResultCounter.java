package io.orderstream.fulfillment.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.platform.loop.LoopListener;
import io.orderstream.platform.loop.ProcessedBatch;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.fulfillment.FulfillmentStatus;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts committed answers: {@code orderstream.fulfillment.results} tagged {@code status} (SUCCEEDED, FAILED), and
 * {@code orderstream.fulfillment.dead.letters}, requests that could not be read or answered and were dead-lettered
 * (the platform's {@code orderstream.records.retried} and {@code orderstream.records.dead_lettered} say more).
 */
public final class ResultCounter implements LoopListener<FulfillmentResult> {

    private final Map<FulfillmentStatus, Counter> results = new EnumMap<>(FulfillmentStatus.class);
    private final Counter deadLetters;

    public ResultCounter(MeterRegistry registry) {
        for (FulfillmentStatus status : FulfillmentStatus.values()) {
            results.put(status, Counter.builder("orderstream.fulfillment.results")
                    .description("Fulfillment results sent")
                    .tag("status", status.name())
                    .register(registry));
        }
        deadLetters = Counter.builder("orderstream.fulfillment.dead.letters")
                .description("Fulfillment requests that could not be read or answered, sent to the dead-letter topic")
                .register(registry);
    }

    @Override
    public void committed(ProcessedBatch<FulfillmentResult> batch) {
        batch.outputs().forEach(output -> results.get(output.value().getStatus()).increment());
        deadLetters.increment(batch.deadLettered().size());
    }
}
