package io.orderstream.platform.loop;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link TransactionalLoop} runs.
 *
 * @param service                  the service's name: its consumer group, the first part of its transactional id,
 *                                 and a header of every record it dead-letters
 * @param instanceId               this instance among the service's instances, the second part of the transactional id.
 *                                 Keep it stable across restarts, so that a restarted instance at once aborts what its
 *                                 predecessor left open; make it unique among instances running side by side, or the
 *                                 newest fences the others
 * @param inputTopic               the topic consumed, as named on the broker (deployment prefix included)
 * @param pollTimeout              how long one poll waits for records
 * @param maxRecordsPerTransaction the most records one transaction covers (the consumer's {@code max.poll.records});
 *                                 handling them must take well under the consumer's {@code max.poll.interval.ms}
 *                                 (5 minutes), or the group takes the partitions away and the batch is read again
 * @param transactionTimeout       after this the broker aborts an open transaction. A transaction opens only once its
 *                                 batch is handled, so it spans the sends and the commit; a short timeout bounds how
 *                                 long a crashed instance's open transaction holds up readers of its topics
 * @param retryBackoff             the pause after an aborted transaction before its records are read again
 * @param closeTimeout             how long {@link TransactionalLoop#close()} waits for the loop to finish its batch
 */
public record LoopSettings(String service, String instanceId, String inputTopic, Duration pollTimeout,
                           int maxRecordsPerTransaction, Duration transactionTimeout, Duration retryBackoff,
                           Duration closeTimeout) {

    public LoopSettings {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(inputTopic, "inputTopic");
        if (maxRecordsPerTransaction < 1) {
            throw new IllegalArgumentException("maxRecordsPerTransaction must be at least 1: " + maxRecordsPerTransaction);
        }
    }

    /** Polls of half a second, up to 500 records and 10 seconds per transaction, a second's pause after an abort. */
    public static LoopSettings defaults(String service, String instanceId, String inputTopic) {
        return new LoopSettings(service, instanceId, inputTopic, Duration.ofMillis(500), 500,
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    public LoopSettings withMaxRecordsPerTransaction(int records) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, records, transactionTimeout,
                retryBackoff, closeTimeout);
    }

    public LoopSettings withPollTimeout(Duration timeout) {
        return new LoopSettings(service, instanceId, inputTopic, timeout, maxRecordsPerTransaction, transactionTimeout,
                retryBackoff, closeTimeout);
    }

    public LoopSettings withRetryBackoff(Duration backoff) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, maxRecordsPerTransaction,
                transactionTimeout, backoff, closeTimeout);
    }

    /** {@code <service>-<instance id>}, before the deployment's prefix. */
    public String transactionalId() {
        return service + "-" + instanceId;
    }
}
