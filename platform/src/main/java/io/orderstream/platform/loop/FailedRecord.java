package io.orderstream.platform.loop;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A consumed record that could not be processed, and where it went instead.
 *
 * @param record        the record as consumed
 * @param route         its next retry tier or its dead-letter topic
 * @param originalTopic the topic it was first consumed from, before any retry tier
 * @param reason        for a retry the {@link RetryableException#reason()}; for a dead letter {@link #UNREADABLE},
 *                      {@link #RETRIES_EXHAUSTED} or {@link #NOT_RETRYABLE}
 */
public record FailedRecord(ConsumerRecord<byte[], byte[]> record, Route route, String originalTopic, String reason) {

    /** It could not be deserialized (a poison pill): dead-lettered at once. */
    public static final String UNREADABLE = "deserialization";
    /** It failed with a retryable failure in the last tier. */
    public static final String RETRIES_EXHAUSTED = "retries_exhausted";
    /** Its handler failed with a failure that retrying would not mend. */
    public static final String NOT_RETRYABLE = "not_retryable";

    public enum Route { RETRY, DEAD_LETTER }

    public boolean deadLettered() {
        return route == Route.DEAD_LETTER;
    }
}
