package io.orderstream.platform.loop;

import io.orderstream.platform.config.Env;
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
 * @param maxRecordsPerTransaction the most records one poll takes (the consumer's {@code max.poll.records}) and one
 *                                 transaction covers
 * @param transactionTimeout       after this the broker aborts an open transaction. A transaction opens only once its
 *                                 records are handled, so it spans the sends and the commit; a short timeout bounds
 *                                 how long a crashed instance's open transaction holds up readers of its topics
 * @param abortBackoff             the pause after an aborted transaction before its records are read again
 * @param closeTimeout             how long {@link TransactionalLoop#close()} waits for the loop to finish its batch
 * @param retryTiers               the retry tiers of records whose handler failed with a {@link RetryableException};
 *                                 their topics ({@link RetryTopics}) must exist
 * @param concurrency              how many records of different keys are handled at the same time, on virtual
 *                                 threads (records of one key one after another, in the order consumed)
 * @param maxInFlight              how many records may be polled and not yet committed: at this many the loop stops
 *                                 polling until some are committed (a poll may take it up to
 *                                 {@code maxRecordsPerTransaction - 1} beyond). It bounds what is held in memory and
 *                                 what a crash makes the next owner handle again. A record must not stay uncommitted
 *                                 longer than the consumer's {@code max.poll.interval.ms} (5 minutes) while the loop
 *                                 is at this bound, or the group takes the partitions away
 * @param commitInterval           how often, at most, the loop commits while records are still being handled; once
 *                                 none is, it commits at once. Each commit is a transaction on the broker, and a
 *                                 record's outputs are seen only once committed, so this trades broker work against
 *                                 latency
 */
public record LoopSettings(String service, String instanceId, String inputTopic, Duration pollTimeout,
                           int maxRecordsPerTransaction, Duration transactionTimeout, Duration abortBackoff,
                           Duration closeTimeout, RetryTiers retryTiers, int concurrency, int maxInFlight,
                           Duration commitInterval) {

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
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1: " + maxInFlight);
        }
        Objects.requireNonNull(commitInterval, "commitInterval");
        if (commitInterval.isNegative()) {
            throw new IllegalArgumentException("commitInterval cannot be negative: " + commitInterval);
        }
    }

    /** {@value #COMMIT_INTERVAL_VARIABLE}: {@link #commitInterval()} of every loop of a service. */
    public static final String COMMIT_INTERVAL_VARIABLE = "LOOP_COMMIT_INTERVAL";
    /** The default {@link #commitInterval()}: 20 ms. */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(20);

    /**
     * Polls of half a second, up to 500 records per poll and transaction, up to 1,000 records in flight, commits at
     * most every 20 ms while records are being handled, 10 seconds per transaction, a second's pause after an abort,
     * records handled one after another, no retry tiers (failed records go straight to the dead-letter topic).
     */
    public static LoopSettings defaults(String service, String instanceId, String inputTopic) {
        return new LoopSettings(service, instanceId, inputTopic, Duration.ofMillis(500), 500,
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(30), RetryTiers.none(), 1, 1000,
                DEFAULT_COMMIT_INTERVAL);
    }

    /** {@value #COMMIT_INTERVAL_VARIABLE} (ISO-8601 or milliseconds), {@link #DEFAULT_COMMIT_INTERVAL} when unset. */
    public static Duration commitInterval(Env env) {
        Duration interval = env.duration(COMMIT_INTERVAL_VARIABLE, DEFAULT_COMMIT_INTERVAL);
        if (interval.isNegative()) {
            throw new IllegalArgumentException("environment variable " + COMMIT_INTERVAL_VARIABLE
                    + " cannot be negative, was " + interval);
        }
        return interval;
    }

    public LoopSettings withMaxRecordsPerTransaction(int records) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, records, transactionTimeout,
                abortBackoff, closeTimeout, retryTiers, concurrency, maxInFlight, commitInterval);
    }

    public LoopSettings withPollTimeout(Duration timeout) {
        return new LoopSettings(service, instanceId, inputTopic, timeout, maxRecordsPerTransaction, transactionTimeout,
                abortBackoff, closeTimeout, retryTiers, concurrency, maxInFlight, commitInterval);
    }

    public LoopSettings withAbortBackoff(Duration backoff) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, maxRecordsPerTransaction,
                transactionTimeout, backoff, closeTimeout, retryTiers, concurrency, maxInFlight, commitInterval);
    }

    public LoopSettings withRetryTiers(RetryTiers tiers) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, maxRecordsPerTransaction,
                transactionTimeout, abortBackoff, closeTimeout, tiers, concurrency, maxInFlight, commitInterval);
    }

    public LoopSettings withConcurrency(int records) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, maxRecordsPerTransaction,
                transactionTimeout, abortBackoff, closeTimeout, retryTiers, records, maxInFlight, commitInterval);
    }

    public LoopSettings withMaxInFlight(int records) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, maxRecordsPerTransaction,
                transactionTimeout, abortBackoff, closeTimeout, retryTiers, concurrency, records, commitInterval);
    }

    public LoopSettings withCommitInterval(Duration interval) {
        return new LoopSettings(service, instanceId, inputTopic, pollTimeout, maxRecordsPerTransaction,
                transactionTimeout, abortBackoff, closeTimeout, retryTiers, concurrency, maxInFlight, interval);
    }

    /** {@code <service>-<instance id>}, before the deployment's prefix. */
    public String transactionalId() {
        return service + "-" + instanceId;
    }
}
