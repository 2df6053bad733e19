package io.orderstream.fulfillment.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.fulfillment.FulfillmentMockService;
import io.orderstream.fulfillment.FulfillmentMockSettings;
import io.orderstream.fulfillment.warehouse.Warehouse;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.loop.KafkaLoopClients;
import io.orderstream.platform.loop.LoopSettings;
import io.orderstream.platform.loop.TransactionalLoop;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import java.time.Duration;
import java.util.List;

/**
 * Wires the warehouse into a transactional loop from fulfillment.requests (and its retry tiers) to
 * fulfillment.results.
 */
public final class FulfillmentLoop {

    static final int MAX_RECORDS_PER_TRANSACTION = 500;
    /**
     * Simulated work per poll, and in flight (taken, not yet committed): far below the consumer's poll interval, so a
     * slow warehouse keeps its partitions, and what a crash leaves to do again stays small.
     */
    static final Duration WORK_PER_POLL = Duration.ofSeconds(10);

    private FulfillmentLoop() {
    }

    /** How the loop runs: its input, retry tiers, batch size, records in flight and commit interval. */
    public static LoopSettings settings(KafkaSettings kafka, FulfillmentMockSettings settings) {
        int records = recordsPerTransaction(settings.warehouse().workTime());
        return LoopSettings.defaults(FulfillmentMockService.SERVICE, settings.instanceId(),
                        kafka.prefixed(TopicCatalog.FULFILLMENT_REQUESTS.name()))
                .withMaxRecordsPerTransaction(records)
                .withMaxInFlight(records)
                .withCommitInterval(settings.commitInterval())
                .withRetryTiers(settings.retryTiers());
    }

    /** Registers both topics' schemas first (bounded, retried up to {@link AvroSerdes#REGISTRATION_TIMEOUT}). */
    public static TransactionalLoop<FulfillmentRequest, FulfillmentResult> create(
            KafkaSettings kafka, FulfillmentMockSettings settings, MeterRegistry metrics, TimeSource time) {
        Duration workTime = settings.warehouse().workTime();
        LoopSettings loop = settings(kafka, settings);
        AvroSerdes serdes = AvroSerdes.registry(kafka);
        serdes.registerAll(List.of(TopicCatalog.FULFILLMENT_REQUESTS, TopicCatalog.FULFILLMENT_RESULTS),
                AvroSerdes.REGISTRATION_TIMEOUT); // no record waits for a registration
        return TransactionalLoop.builder(loop, new KafkaLoopClients(kafka, loop),
                        serdes.valueSerde(TopicCatalog.FULFILLMENT_REQUESTS).deserializer(),
                        serdes.valueSerde(TopicCatalog.FULFILLMENT_RESULTS).serializer())
                .handler(new FulfillmentHandler(new Warehouse(settings.warehouse()), workTime,
                        kafka.prefixed(TopicCatalog.FULFILLMENT_RESULTS.name()), time))
                .listener(new ResultCounter(metrics))
                .metrics(metrics)
                .build();
    }

    static int recordsPerTransaction(Duration workTime) {
        if (workTime.isZero()) {
            return MAX_RECORDS_PER_TRANSACTION;
        }
        long fitting = WORK_PER_POLL.toNanos() / workTime.toNanos();
        return (int) Math.clamp(fitting, 1, MAX_RECORDS_PER_TRANSACTION);
    }
}
