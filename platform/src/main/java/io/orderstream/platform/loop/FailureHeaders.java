package io.orderstream.platform.loop;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers of a record sent to a retry tier or a dead-letter topic: the ones it was consumed with, and the
 * {@link DeadLetterHeaders} of its latest failure in place of those of any earlier one.
 */
final class FailureHeaders {

    private static final List<String> WRITTEN = List.of(DeadLetterHeaders.EXCEPTION, DeadLetterHeaders.MESSAGE,
            DeadLetterHeaders.STACKTRACE, DeadLetterHeaders.TOPIC, DeadLetterHeaders.PARTITION,
            DeadLetterHeaders.OFFSET, DeadLetterHeaders.SERVICE, DeadLetterHeaders.ATTEMPTS,
            DeadLetterHeaders.FIRST_FAILURE, DeadLetterHeaders.LAST_FAILURE, RetryHeaders.DUE);

    private FailureHeaders() {
    }

    static Headers forRetry(Headers consumed, FailureHistory history, Exception failure, String service,
                            Instant due) {
        Headers headers = failure(consumed, history, failure, service);
        HeaderText.replace(headers, RetryHeaders.DUE, due);
        return headers;
    }

    static Headers forDeadLetter(Headers consumed, FailureHistory history, Exception failure, String service) {
        Headers headers = failure(consumed, history, failure, service);
        HeaderText.replace(headers, DeadLetterHeaders.STACKTRACE, stackTrace(failure));
        return headers;
    }

    private static Headers failure(Headers consumed, FailureHistory history, Exception failure, String service) {
        var headers = new RecordHeaders(consumed.toArray());
        WRITTEN.forEach(headers::remove);
        HeaderText.replace(headers, DeadLetterHeaders.EXCEPTION, failure.getClass().getName());
        HeaderText.replace(headers, DeadLetterHeaders.MESSAGE, failure.getMessage());
        HeaderText.replace(headers, DeadLetterHeaders.TOPIC, history.originalTopic());
        HeaderText.replace(headers, DeadLetterHeaders.PARTITION, history.originalPartition());
        HeaderText.replace(headers, DeadLetterHeaders.OFFSET, history.originalOffset());
        HeaderText.replace(headers, DeadLetterHeaders.SERVICE, service);
        HeaderText.replace(headers, DeadLetterHeaders.ATTEMPTS, history.attempts());
        HeaderText.replace(headers, DeadLetterHeaders.FIRST_FAILURE, history.firstFailure());
        HeaderText.replace(headers, DeadLetterHeaders.LAST_FAILURE, history.lastFailure());
        return headers;
    }

    private static String stackTrace(Exception failure) {
        var text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
