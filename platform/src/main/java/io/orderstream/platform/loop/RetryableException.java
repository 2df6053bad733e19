package io.orderstream.platform.loop;

/**
 * A failure that may go away if the record is handled again later: a network error, a timeout, a 5xx answer. A
 * {@link RecordHandler} throws it to have the record re-queued on its next retry tier instead of dead-lettered.
 */
public class RetryableException extends Exception {

    private final String reason;

    /**
     * @param reason a short stable code for metrics and logs, such as {@code timeout} or {@code server_error}
     */
    public RetryableException(String reason, String message) {
        this(reason, message, null);
    }

    public RetryableException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
