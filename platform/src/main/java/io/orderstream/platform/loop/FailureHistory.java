package io.orderstream.platform.loop;

import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * What is known of a record's failures once it failed again: where it was first consumed, how many times it has been
 * tried, and when it failed first and last.
 *
 * <p>Only a record consumed from a retry tier has a history in its headers. One on the input topic starts afresh even
 * when it carries failure headers, as a record replayed from the dead-letter topic does: a replay gets every retry
 * again.
 */
record FailureHistory(String originalTopic, int originalPartition, long originalOffset, int attempts,
                      Instant firstFailure, Instant lastFailure) {

    static FailureHistory afterFailure(ConsumerRecord<byte[], byte[]> record, RetryTopics topics, Instant now) {
        int attempts = topics.attemptOf(record);
        if (attempts == 1) {
            return new FailureHistory(record.topic(), record.partition(), record.offset(), 1, now, now);
        }
        Headers headers = record.headers();
        return new FailureHistory(
                HeaderText.read(headers, DeadLetterHeaders.TOPIC).orElse(topics.input()),
                HeaderText.number(headers, DeadLetterHeaders.PARTITION).map(Long::intValue).orElse(record.partition()),
                HeaderText.number(headers, DeadLetterHeaders.OFFSET).orElse(record.offset()),
                attempts,
                HeaderText.instant(headers, DeadLetterHeaders.FIRST_FAILURE).orElse(now),
                now);
    }
}
