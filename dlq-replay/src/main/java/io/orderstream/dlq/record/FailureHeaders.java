package io.orderstream.dlq.record;

import io.orderstream.platform.loop.DeadLetterHeaders;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;

/**
 * What the {@link DeadLetterHeaders} of a dead-lettered record say. Every one may be missing (older records; Kafka
 * Streams writes no attempts, service or failure times): the accessors then give empty.
 */
public final class FailureHeaders {

    private final Headers headers;

    public FailureHeaders(Headers headers) {
        this.headers = headers;
    }

    /** The topic the record was consumed from when it failed, as named on the broker. */
    public Optional<String> originalTopic() {
        return text(DeadLetterHeaders.TOPIC);
    }

    public Optional<String> originalPartition() {
        return text(DeadLetterHeaders.PARTITION);
    }

    public Optional<String> originalOffset() {
        return text(DeadLetterHeaders.OFFSET);
    }

    /** The exception's class name as written, usually fully qualified. */
    public Optional<String> exceptionClass() {
        return text(DeadLetterHeaders.EXCEPTION);
    }

    /** {@code SerializationException} for {@code org.apache.kafka.common.errors.SerializationException}. */
    public Optional<String> exceptionSimpleName() {
        return exceptionClass().map(FailureHeaders::simpleName);
    }

    public Optional<String> message() {
        return text(DeadLetterHeaders.MESSAGE);
    }

    public Optional<String> service() {
        return text(DeadLetterHeaders.SERVICE);
    }

    /** As written: a number, or whatever a writer put there. */
    public Optional<String> attempts() {
        return text(DeadLetterHeaders.ATTEMPTS);
    }

    /** Empty as well when the header is not an ISO-8601 instant. */
    public Optional<Instant> lastFailure() {
        return text(DeadLetterHeaders.LAST_FAILURE).flatMap(FailureHeaders::instant);
    }

    public Optional<String> replayedFrom() {
        return text(DeadLetterHeaders.REPLAYED_FROM);
    }

    static String simpleName(String className) {
        String name = className.strip();
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
    }

    private Optional<String> text(String name) {
        return HeaderValues.text(headers, name).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
