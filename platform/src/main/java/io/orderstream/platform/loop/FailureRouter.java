package io.orderstream.platform.loop;

import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Decides where a record goes that could not be processed, and writes it there, key and value bytes and timestamp as
 * they were: a retryable failure to its next retry tier while tiers are left, anything else to the dead-letter topic.
 * A record that cannot even be deserialized goes to the dead-letter topic at once.
 */
final class FailureRouter {

    /** Where a failed record went, and the record that takes it there. */
    record Routed(FailedRecord failure, ProducerRecord<byte[], byte[]> toSend) {
    }

    private final String service;
    private final RetryTopics topics;
    private final Clock clock;

    FailureRouter(String service, RetryTopics topics, Clock clock) {
        this.service = service;
        this.topics = topics;
        this.clock = clock;
    }

    Routed unreadable(ConsumerRecord<byte[], byte[]> record, Exception failure) {
        return deadLetter(record, history(record), failure, FailedRecord.UNREADABLE);
    }

    Routed unhandled(ConsumerRecord<byte[], byte[]> record, Exception failure) {
        FailureHistory history = history(record);
        if (!(failure instanceof RetryableException retryable)) {
            return deadLetter(record, history, failure, FailedRecord.NOT_RETRYABLE);
        }
        if (history.attempts() >= topics.tiers().maxAttempts()) {
            return deadLetter(record, history, failure, FailedRecord.RETRIES_EXHAUSTED);
        }
        return retry(record, history, retryable);
    }

    private FailureHistory history(ConsumerRecord<byte[], byte[]> record) {
        return FailureHistory.afterFailure(record, topics, clock.instant());
    }

    /** Tier {@code n} holds the records that failed {@code n} times. */
    private Routed retry(ConsumerRecord<byte[], byte[]> record, FailureHistory history, RetryableException failure) {
        int tier = history.attempts();
        Instant due = history.lastFailure().plus(topics.tiers().backoff(tier));
        Headers headers = FailureHeaders.forRetry(record.headers(), history, failure, service, due);
        return new Routed(new FailedRecord(record, FailedRecord.Route.RETRY, history.originalTopic(), failure.reason()),
                copy(record, topics.tierTopic(tier), headers));
    }

    private Routed deadLetter(ConsumerRecord<byte[], byte[]> record, FailureHistory history, Exception failure,
                              String reason) {
        Headers headers = FailureHeaders.forDeadLetter(record.headers(), history, failure, service);
        return new Routed(new FailedRecord(record, FailedRecord.Route.DEAD_LETTER, history.originalTopic(), reason),
                copy(record, topics.deadLetterTopic(), headers));
    }

    /** A record without a timestamp (-1) gets the time it is sent. */
    static ProducerRecord<byte[], byte[]> copy(ConsumerRecord<byte[], byte[]> record, String topic,
                                                       Headers headers) {
        Long timestamp = record.timestamp() == ConsumerRecord.NO_TIMESTAMP ? null : record.timestamp();
        return new ProducerRecord<>(topic, null, timestamp, record.key(), record.value(), headers);
    }
}
