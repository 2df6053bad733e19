package io.orderstream.orderapi.consumer;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * One Kafka consumer polled on a thread of its own, each batch handed to a handler.
 * A batch whose handler fails is polled again after a back-off, so handlers see every record at
 * least once and must be idempotent. A record that cannot be deserialized is logged and skipped:
 * it would fail the same way for ever and block its partition.
 */
public final class ConsumerLoop<V> implements AutoCloseable {

    /** Whether the loop commits the consumer group's offsets after each handled batch. */
    public enum Offsets { COMMIT_AFTER_EACH_BATCH, NOT_COMMITTED }

    @FunctionalInterface
    public interface BatchHandler<V> {
        void handle(ConsumerRecords<String, V> records) throws Exception;
    }

    private static final System.Logger LOG = System.getLogger(ConsumerLoop.class.getName());
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final Consumer<String, V> consumer;
    private final Offsets offsets;
    private final BatchHandler<V> handler;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Thread thread;

    private ConsumerLoop(String name, Consumer<String, V> consumer, Offsets offsets, BatchHandler<V> handler) {
        this.name = name;
        this.consumer = consumer;
        this.offsets = offsets;
        this.handler = handler;
        this.thread = Thread.ofPlatform().name(name).unstarted(this::run);
    }

    /** Starts polling; the loop owns the consumer from now on and closes it when it stops. */
    public static <V> ConsumerLoop<V> start(String name, Consumer<String, V> consumer, Offsets offsets,
                                            BatchHandler<V> handler) {
        var loop = new ConsumerLoop<>(name, consumer, offsets, handler);
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
                pollOnce();
            }
        } catch (WakeupException e) {
            // close() woke the consumer up to stop
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, name + " stopped after an unexpected failure", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void pollOnce() {
        ConsumerRecords<String, V> records;
        try {
            records = consumer.poll(POLL_TIMEOUT);
        } catch (RecordDeserializationException e) {
            skip(e);
            return;
        }
        if (records.isEmpty()) {
            return;
        }
        if (handled(records)) {
            commit();
        } else {
            rewind(records);
            awaitBackoff();
        }
    }

    private boolean handled(ConsumerRecords<String, V> records) {
        try {
            handler.handle(records);
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, name + " failed to handle " + records.count() + " records; retrying in "
                    + RETRY_BACKOFF, e);
            return false;
        }
    }

    private void commit() {
        if (offsets != Offsets.COMMIT_AFTER_EACH_BATCH) {
            return;
        }
        try {
            consumer.commitSync();
        } catch (CommitFailedException | RetriableException e) {
            // the batch will be delivered again, to this or another instance; handlers are idempotent
            LOG.log(Level.WARNING, name + " could not commit its offsets: " + e.getMessage());
        }
    }

    private void rewind(ConsumerRecords<String, V> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).getFirst().offset());
        }
    }

    private void skip(RecordDeserializationException e) {
        LOG.log(Level.ERROR, name + " skips the unreadable record at " + e.topicPartition() + " offset "
                + e.offset(), e);
        consumer.seek(e.topicPartition(), e.offset() + 1);
    }

    private void awaitBackoff() {
        try {
            stopping.await(RETRY_BACKOFF.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }
}
