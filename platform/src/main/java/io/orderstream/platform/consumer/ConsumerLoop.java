package io.orderstream.platform.consumer;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * One Kafka consumer of raw records polled on a thread of its own, each batch handed to a {@link BatchHandler}.
 * A batch whose handler fails is read again from its first records after a backoff that doubles up to
 * {@link #MAX_BACKOFF}; the handler is told how many times in a row the consumer failed at these positions, so it
 * can change its approach (store the records one by one, dead-letter the one that fails). Since when the loop has
 * been failing, and why, is what its readiness reports ({@link #stall()}).
 */
public final class ConsumerLoop implements AutoCloseable {

    /** What the loop does with the records it polls. */
    public interface BatchHandler {

        /** Called on the loop's thread before every poll; a failure backs off and calls it again. */
        default void beforePoll() throws Exception {
        }

        /** Handles the batch; a failure has the batch read again after a backoff. */
        void handle(ConsumerRecords<byte[], byte[]> records, Attempt attempt) throws Exception;
    }

    /**
     * How many times in a row the consumer has tried the records at these positions (1 the first time), and when
     * the first of those tries failed (the time of this try on the first).
     */
    public record Attempt(int number, Instant firstFailure) {
    }

    /** The loop has failed {@code failures} times in a row since {@code since}, most recently for {@code reason}. */
    public record Stall(Instant since, int failures, String reason) {
    }

    private static final System.Logger LOG = System.getLogger(ConsumerLoop.class.getName());
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);
    public static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final Consumer<byte[], byte[]> consumer;
    private final BatchHandler handler;
    private final Clock clock;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Thread thread;
    /** Per partition: the offset the consumer keeps failing at, how often and since when. */
    private final Map<TopicPartition, Failing> failing = new HashMap<>();
    private volatile Stall stall;
    private int failuresInARow;

    private record Failing(long offset, int attempts, Instant since) {
    }

    private ConsumerLoop(String name, Consumer<byte[], byte[]> consumer, BatchHandler handler, Clock clock) {
        this.name = name;
        this.consumer = consumer;
        this.handler = handler;
        this.clock = clock;
        this.thread = Thread.ofPlatform().name(name).unstarted(this::run);
    }

    /** Starts polling; the loop owns the consumer from now on and closes it when it stops. */
    public static ConsumerLoop start(String name, Consumer<byte[], byte[]> consumer, BatchHandler handler) {
        var loop = new ConsumerLoop(name, consumer, handler, Clock.systemUTC());
        loop.thread.start();
        return loop;
    }

    public String name() {
        return name;
    }

    /** True until the loop is closed or stopped by a failure it cannot handle. */
    public boolean isRunning() {
        return thread.isAlive() && stopping.getCount() > 0;
    }

    /** Since when, and why, the loop has not got a batch through; empty while it makes progress. */
    public Optional<Stall> stall() {
        return Optional.ofNullable(stall);
    }

    @Override
    public void close() {
        stopping.countDown();
        consumer.wakeup();
        try {
            if (!thread.join(CLOSE_TIMEOUT)) {
                LOG.log(Level.WARNING, name + " did not stop within " + CLOSE_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (stopping.getCount() > 0) {
                prepare();
                pollOnce();
            }
        } catch (WakeupException | InterruptException e) {
            // close() woke the consumer up to stop
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, name + " stopped after an unexpected failure", e);
            stall = new Stall(clock.instant(), failuresInARow, "stopped: " + Failures.describe(e));
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** A failure here holds back only what the handler holds back (partitions it keeps paused): the poll goes on. */
    private void prepare() {
        try {
            handler.beforePoll();
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (Exception e) {
            failed(e, Map.of());
        }
    }

    private void pollOnce() {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL_TIMEOUT);
        if (records.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> first = firstOffsets(records);
        try {
            handler.handle(records, attemptAt(first));
            succeeded(first);
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (Exception e) {
            rewind(first);
            failed(e, first);
        }
    }

    private Attempt attemptAt(Map<TopicPartition, Long> first) {
        int attempts = 0;
        Instant since = clock.instant();
        for (var position : first.entrySet()) {
            Failing before = failing.get(position.getKey());
            if (before != null && before.offset() == position.getValue()) {
                attempts = Math.max(attempts, before.attempts());
                since = before.since().isBefore(since) ? before.since() : since;
            }
        }
        return new Attempt(attempts + 1, since);
    }

    private void succeeded(Map<TopicPartition, Long> first) {
        first.keySet().forEach(failing::remove);
        failuresInARow = 0;
        stall = null;
    }

    private void failed(Exception failure, Map<TopicPartition, Long> first) {
        Attempt attempt = attemptAt(first);
        first.forEach((partition, offset) ->
                failing.put(partition, new Failing(offset, attempt.number(), attempt.firstFailure())));
        failuresInARow++;
        Duration backoff = backoff(failuresInARow);
        LOG.log(Level.WARNING, name + " failed (attempt " + attempt.number() + " at " + first + "); retrying in "
                + backoff + ": " + Failures.describe(failure), failure);
        Stall before = stall;
        stall = new Stall(before == null ? clock.instant() : before.since(), failuresInARow,
                Failures.describe(failure));
        awaitBackoff(backoff);
    }

    public static Duration backoff(int failuresInARow) {
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(failuresInARow - 1, 16));
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    private static Map<TopicPartition, Long> firstOffsets(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            first.put(partition, records.records(partition).getFirst().offset());
        }
        return first;
    }

    private void rewind(Map<TopicPartition, Long> first) {
        first.forEach((partition, offset) -> {
            if (consumer.assignment().contains(partition)) {
                consumer.seek(partition, offset);
            }
        });
    }

    private void awaitBackoff(Duration backoff) {
        try {
            stopping.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }
}
