package io.orderstream.platform.loop;

/**
 * The headers that say why and whence a record was dead-lettered. They are the ones Kafka Streams writes to its
 * dead-letter queue (KIP-1034), so every dead-letter topic of the platform reads alike; values are UTF-8 strings.
 * A record re-queued on a retry tier carries them too (all but the stack trace), describing its latest failure, and
 * {@link RetryHeaders#DUE}; its topic, partition and offset stay those of the record first consumed.
 */
public final class DeadLetterHeaders {

    /** The class name of the exception. */
    public static final String EXCEPTION = "__streams.errors.exception";
    /** The exception's message; absent (null value) when it had none. */
    public static final String MESSAGE = "__streams.errors.message";
    public static final String STACKTRACE = "__streams.errors.stacktrace";
    /** The topic the record was consumed from. */
    public static final String TOPIC = "__streams.errors.topic";
    public static final String PARTITION = "__streams.errors.partition";
    public static final String OFFSET = "__streams.errors.offset";
    /** The service that could not process it. */
    public static final String SERVICE = "__orderstream.errors.service";
    /** How many times the record was tried before it was dead-lettered (1 when it never could be). */
    public static final String ATTEMPTS = "__orderstream.errors.attempts";
    /** When it failed first and last, ISO-8601 instants. */
    public static final String FIRST_FAILURE = "__orderstream.errors.first-failure";
    public static final String LAST_FAILURE = "__orderstream.errors.last-failure";
    /** Set by dlq-replay on a record it sends back: {@code <dlq topic>:<partition>:<offset>}. */
    public static final String REPLAYED_FROM = "__orderstream.replayed-from";

    private DeadLetterHeaders() {
    }
}
