package io.orderstream.platform.loop;

/**
 * The header of a record on a retry tier that says when it is due. Such a record also carries the
 * {@link DeadLetterHeaders} of its latest failure (original topic, partition and offset, attempts, first and last
 * failure, exception, message, service) except the stack trace.
 */
public final class RetryHeaders {

    /** When the record is to be handled again: an ISO-8601 instant, UTF-8. */
    public static final String DUE = "__orderstream.retry.due";

    private RetryHeaders() {
    }
}
