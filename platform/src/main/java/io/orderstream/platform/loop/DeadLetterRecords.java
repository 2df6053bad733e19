package io.orderstream.platform.loop;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Dead letters for consumers that are not a {@link TransactionalLoop} (order-api's projections into PostgreSQL):
 * the same record copy, the same {@link DeadLetterHeaders} and the same {@code orderstream.records.dead_lettered}
 * counter as the loop's own, so every dead-letter topic of the platform reads alike and dlq-replay replays them all.
 */
public final class DeadLetterRecords {

    private DeadLetterRecords() {
    }

    /**
     * The record as consumed (key, value, timestamp and headers), addressed to {@code deadLetterTopic}, with the
     * headers of its last failure.
     *
     * @param attempts how many times it was tried (1 for a record that could not be deserialized)
     */
    public static ProducerRecord<byte[], byte[]> of(ConsumerRecord<byte[], byte[]> record, String deadLetterTopic,
                                                    Exception failure, String service, int attempts,
                                                    Instant firstFailure, Instant lastFailure) {
        var history = new FailureHistory(record.topic(), record.partition(), record.offset(), attempts,
                firstFailure, lastFailure);
        Headers headers = FailureHeaders.forDeadLetter(record.headers(), history, failure, service);
        return FailureRouter.copy(record, deadLetterTopic, headers);
    }

    /** Counts a record sent to its dead-letter topic, by its topic and {@code reason} ({@link FailedRecord}'s codes). */
    public static void count(MeterRegistry registry, ConsumerRecord<byte[], byte[]> record, String reason) {
        new FailureCounter(registry).count(
                new FailedRecord(record, FailedRecord.Route.DEAD_LETTER, record.topic(), reason));
    }
}
