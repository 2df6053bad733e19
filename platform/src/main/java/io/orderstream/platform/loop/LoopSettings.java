package io.orderstream.platform.loop;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link TransactionalLoop} runs.
 *
 * @param service                  the service's name: its consumer group, the first part of its transactional id,
 *                                 and a header of every record it retries or dead-letters
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
 * @param abortBackoff             the pause after an aborted transaction before its records are read again
 * @param closeTimeout             how long {@link TransactionalLoop#close()} waits for the loop to finish its batch
 * @param retryTiers               the retry tiers of records whose handler failed with a {@link RetryableException};
 *                                 their topics ({@link RetryTopics}) must exist
 * @param concurrency              how many records of different keys are handled at the same time (1: one after
 *                                 another on the loop's thread; more: on virtual threads)
 */
public record LoopSettings(String service, String instanceId, String inputTopic, Duration pollTimeout,
                           int maxRecordsPerTransaction, Duration transactionTimeout, Duration abortBackoff,
                           Duration closeTimeout, RetryTiers retryTiers, int concurrency) {

    public LoopSettings {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(inputTopic, "inputTopic");
        Objects.requireNonNull(retryTiers, "retryTiers");
        if (maxRecordsPerTransaction < 1) {
            throw new IllegalArgumentException("maxRecordsPerTransaction must be at least 1: " + maxRecordsPerTransaction);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
    }

    /**
     * Polls of half a second, up to 500 records and 10 seconds per transaction, a second's pause after an abort,
     * records handled one after another, no retry tiers (failed records go straight to the dead-letter topic).
     */
    public static LoopSettings defaults(String service, String instanceId, String inputTopic) {
        return new LoopSettings(service, instanceId, inputTopic, Duration.ofMillis(500), 500,
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(30), RetryTiers.none(), 1);
    }

    public LoopSettings withMaxRecordsPerTransaction(int records) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, records, transactionTimeout,
                abortBackoff, closeTimeout, retryTiers, concurrency);
    }

    public LoopSettings withPollTimeout(Duration timeout) {
        return new LoopSettings(service, instanceId, inputTopic, timeout, maxRecordsPerTransaction, transactionTimeout,
                abortBackoff, closeTimeout, retryTiers, concurrency);
    }

    public LoopSettings withAbortBackoff(Duration backoff) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, maxRecordsPerTransaction,
                transactionTimeout, backoff, closeTimeout, retryTiers, concurrency);
    }

    public LoopSettings withRetryTiers(RetryTiers tiers) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, maxRecordsPerTransaction,
                transactionTimeout, abortBackoff, closeTimeout, tiers, concurrency);
    }

    public LoopSettings withConcurrency(int records) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, maxRecordsPerTransaction,
                transactionTimeout, abortBackoff, closeTimeout, retryTiers, records);
    }

    /** {@code <service>-<instance id>}, before the deployment's prefix. */
    public String transactionalId() {
        return service + "-" + instanceId;
    }
}
