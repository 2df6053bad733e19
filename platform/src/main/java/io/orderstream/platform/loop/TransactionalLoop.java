package io.orderstream.platform.loop;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.time.Deadline;
import io.orderstream.platform.time.TimeSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An exactly-once consume-produce loop on a thread of its own, pipelined: it keeps polling and handing records to
 * their handlers while earlier ones are still being handled, and commits, in each transaction, the outputs and
 * offsets of the records that are done, on each partition up to the first record still being handled. A record done
 * behind one still handled waits for it, so a committed offset never passes a record whose outputs were not
 * committed with it or before it: killed at any instruction, the loop resumes from the last commit, and no output is
 * lost or written twice. Records of one key are handled one after another in the order consumed, records of
 * different keys side by side, up to {@link LoopSettings#concurrency()}; at most about
 * {@link LoopSettings#maxInFlight()} records are polled and not yet committed; while some are being handled it
 * commits at most every {@link LoopSettings#commitInterval()}, and at once when none is.
 *
 * <p>A failed transaction is aborted, the records in flight are forgotten and the consumer is rewound to the
 * committed positions, so they are read and handled again after {@link LoopSettings#abortBackoff()}. Partitions
 * taken away by a rebalance lose their records in flight the same way: their offsets were not committed, so the new
 * owner handles them again. A record that cannot be handled does not fail the others: when its handler threw a
 * {@link RetryableException} it is re-queued on its next retry tier ({@code <input>.retry.<n>},
 * {@link LoopSettings#retryTiers()}), which this loop consumes too once the record is due; otherwise, after the last
 * tier, or when it cannot even be deserialized, it goes to {@code <input>.dlq}. Either way in the same transaction
 * that commits its offset, counted in {@code orderstream.records.retried} and {@code orderstream.records.dead_lettered}.
 * Fenced by another producer with its transactional id, the loop stops: another instance took over.
 *
 * <pre>{@code
 * var loop = TransactionalLoop.builder(settings, new KafkaLoopClients(kafka, settings), requests, results)
 *         .handler(record -> List.of(new ProducerRecord<>(resultsTopic, record.key(), answer(record.value()))))
 *         .build();
 * loop.start();
 * }</pre>
 */
public final class TransactionalLoop<I, O> implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TransactionalLoop.class.getName());
    private static final Duration MIN_WAIT = Duration.ofMillis(1);

    private final LoopSettings settings;
    private final LoopClients clients;
    private final BatchProcessor<I, O> processor;
    private final InFlightRecords<I, O> inFlight = new InFlightRecords<>();
    private final LoopListener<O> listener;
    private final FailureCounter failureCounter;
    private final RetryTopics retryTopics;
    private final RetryTierGate retryTierGate;
    private final TransactionSession session;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile LoopState state = LoopState.STARTING;
    private volatile Consumer<byte[], byte[]> consumer;
    private Thread thread;
    /** When the commit interval started: at the last commit, or when a record came in with none in flight. */
    private final TimeSource time = TimeSource.system();
    private long commitIntervalStart = time.nanoTime();

    private TransactionalLoop(Builder<I, O> builder) {
        this.settings = builder.settings;
        this.clients = builder.clients;
        this.retryTopics = RetryTopics.of(settings);
        this.processor = new BatchProcessor<>(builder.input, builder.output,
                Objects.requireNonNull(builder.handler, "handler"),
                new FailureRouter(settings.service(), retryTopics, builder.clock),
                new ParallelByKey(settings.concurrency(), settings.service() + "-handler"));
        this.listener = builder.listener;
        this.failureCounter = new FailureCounter(builder.metrics);
        this.retryTierGate = new RetryTierGate(retryTopics, builder.clock);
        this.session = new TransactionSession(clients);
    }

    /** A loop reading values with {@code input} and writing its outputs' values with {@code output}. */
    public static <I, O> Builder<I, O> builder(LoopSettings settings, LoopClients clients, Deserializer<I> input,
                                               Serializer<O> output) {
        return new Builder<>(settings, clients, input, output);
    }

    /** Starts consuming on a thread named after the service. */
    public synchronized TransactionalLoop<I, O> start() {
        if (thread != null) {
            throw new IllegalStateException("the loop of " + settings.service() + " is already started");
        }
        consumer = clients.consumer();
        thread = Thread.ofPlatform().name(settings.service() + "-loop").start(this::run);
        return this;
    }

    public boolean isRunning() {
        return state == LoopState.RUNNING;
    }

    public LoopState state() {
        return state;
    }

    LoopSettings settings() {
        return settings;
    }

    /**
     * Stops polling, lets the records in flight finish and commit for up to half the close timeout, then stops and
     * closes the clients; waits up to the close timeout. What is not committed by then is handled again by whoever
     * reads the partitions next.
     */
    @Override
    public void close() {
        stopRequested.countDown();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null) {
            state = LoopState.STOPPED;
            return;
        }
        consumer.wakeup();
        joinUntilCloseTimeout(running);
    }

    private void run() {
        try {
            session.open();
            consumer.subscribe(retryTopics.subscription(), new Rebalance());
            state = LoopState.RUNNING;
            while (!isStopRequested()) {
                step();
            }
            finishInFlight();
            state = LoopState.STOPPED;
        } catch (RuntimeException | Error e) {
            state = stateAfter(e);
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            processor.close();
            closeClients();
        }
    }

    /** Polls while fewer than the most records are in flight, else waits for one to finish; commits when due. */
    private void step() {
        if (inFlight.size() < settings.maxInFlight()) {
            pollAndSubmit();
        } else {
            awaitFinished(commitWait());
        }
        commitIfDue();
    }

    private void pollAndSubmit() {
        retryTierGate.resumeDue(consumer);
        ConsumerRecords<byte[], byte[]> polled;
        try {
            polled = consumer.poll(retryTierGate.pollTimeout(pollTimeout()));
        } catch (WakeupException e) {
            if (isStopRequested()) {
                return;
            }
            throw e;
        }
        List<ConsumerRecord<byte[], byte[]>> due = retryTierGate.admit(consumer, polled);
        if (due.isEmpty()) {
            return;
        }
        List<BatchProcessor.ReadRecord<I>> read;
        try {
            read = processor.read(due);
        } catch (BatchProcessor.TransientReadFailure e) {
            LOG.log(System.Logger.Level.WARNING, "{0}: {1}; read again after {2}: {3}", settings.service(),
                    e.getMessage(), settings.abortBackoff(), e.getCause().toString());
            seekBack(due);
            awaitAbortBackoff();
            return;
        }
        if (inFlight.isEmpty()) {
            commitIntervalStart = time.nanoTime();
        }
        read.forEach(record -> inFlight.add(record, processor.submit(record)));
    }

    /** While records are in flight a poll ends in time to commit them. */
    private Duration pollTimeout() {
        if (inFlight.isEmpty() || commitWait().compareTo(settings.pollTimeout()) > 0) {
            return settings.pollTimeout();
        }
        return commitWait();
    }

    /** The commit interval, but never a wait of nothing, which would spin while records are being handled. */
    private Duration commitWait() {
        return settings.commitInterval().compareTo(MIN_WAIT) < 0 ? MIN_WAIT : settings.commitInterval();
    }

    /** Back to the first record of each partition in hand: a transient failure is never dead-lettered. */
    private void seekBack(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        records.forEach(r -> first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min));
        first.forEach(consumer::seek);
    }

    /**
     * Commits what is done when none is still being handled, when a transaction's worth is done, or when the commit
     * interval has passed since the last commit (or since records came in when none were in flight).
     */
    private void commitIfDue() {
        int committable = inFlight.committable();
        if (committable == 0) {
            return;
        }
        boolean due = committable >= settings.maxRecordsPerTransaction() || inFlight.allDone()
                || time.nanoTime() - commitIntervalStart >= settings.commitInterval().toNanos();
        if (due) {
            processInTransaction(inFlight.takeCommittable(settings.maxRecordsPerTransaction(), processor));
        }
    }

    /** After close: no more polls; what finishes within half the close timeout is committed. */
    private void finishInFlight() {
        Deadline deadline = time.deadline(settings.closeTimeout().dividedBy(2));
        while (!inFlight.isEmpty() && !deadline.passed()) {
            Duration left = deadline.remaining();
            awaitFinished(left.compareTo(commitWait()) < 0 ? left : commitWait());
            commitIfDue();
        }
        if (!inFlight.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "{0} stops with {1} record(s) not committed; they are handled again",
                    settings.service(), inFlight.size());
        }
    }

    private void processInTransaction(ProcessedBatch<O> batch) {
        try {
            session.commit(batch, consumer.groupMetadata());
        } catch (RuntimeException e) {
            if (LoopFailures.endsTheLoop(e)) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "transaction of " + settings.service()
                    + " aborted; its records and those in flight will be read again", e);
            recover(batch, e);
            return;
        } finally {
            commitIntervalStart = time.nanoTime();
        }
        failureCounter.committed(batch);
        listener.committed(batch);
    }

    /**
     * Until it works or the loop stops: no transaction left open, the records in flight forgotten, and the consumer
     * back at the committed offsets of every partition it had records of.
     */
    private void recover(ProcessedBatch<O> batch, RuntimeException failure) {
        Map<TopicPartition, Long> firstOffsets = new HashMap<>(batch.firstOffsets());
        inFlight.dropAll().forEach((partition, offset) -> firstOffsets.merge(partition, offset, Math::min));
        RuntimeException latest = failure;
        do {
            try {
                session.reset(latest);
                rewind(firstOffsets);
                awaitAbortBackoff();
                return;
            } catch (RuntimeException e) {
                if (LoopFailures.endsTheLoop(e)) {
                    throw e;
                }
                LOG.log(System.Logger.Level.WARNING, "recovery of " + settings.service() + " failed; trying again", e);
                latest = e;
                awaitAbortBackoff();
            }
        } while (!isStopRequested());
    }

    /**
     * The committed offsets are the truth even when a commit's outcome was unknown. Where nothing was ever
     * committed, the records started where the consumer began to read.
     */
    private void rewind(Map<TopicPartition, Long> firstOffsets) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(firstOffsets.keySet());
        firstOffsets.forEach((partition, firstOffset) -> {
            OffsetAndMetadata last = committed.get(partition);
            consumer.seek(partition, last == null ? firstOffset : last.offset());
        });
    }

    private LoopState stateAfter(Throwable failure) {
        if (LoopFailures.isFencing(failure)) {
            LOG.log(System.Logger.Level.WARNING, "{0} stops: another instance with its transactional id {1} took over",
                    settings.service(), settings.transactionalId());
            return LoopState.FENCED;
        }
        if (LoopFailures.isStopSignal(failure) && isStopRequested()) {
            return LoopState.STOPPED;
        }
        LOG.log(System.Logger.Level.ERROR, "the loop of " + settings.service() + " stops on an unrecoverable error",
                failure);
        return LoopState.FAILED;
    }

    private boolean isStopRequested() {
        return stopRequested.getCount() == 0;
    }

    private void awaitFinished(Duration timeout) {
        try {
            inFlight.awaitFinished(timeout);
        } catch (InterruptedException e) {
            throw new InterruptException(e);
        }
    }

    /** Ends at once when the loop is closed. */
    private void awaitAbortBackoff() {
        try {
            stopRequested.await(settings.abortBackoff().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new InterruptException(e);
        }
    }

    private void closeClients() {
        try {
            consumer.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the consumer of " + settings.service() + " failed", e);
        }
        try {
            session.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the producer of " + settings.service() + " failed", e);
        }
    }

    private void joinUntilCloseTimeout(Thread running) {
        try {
            if (!running.join(settings.closeTimeout())) {
                LOG.log(System.Logger.Level.WARNING, "the loop of {0} did not stop within {1}",
                        settings.service(), settings.closeTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Partitions that go elsewhere take their records in flight with them, uncommitted; retry tiers are told too. */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            inFlight.drop(partitions);
            retryTierGate.onPartitionsRevoked(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            retryTierGate.onPartitionsAssigned(partitions);
        }
    }

    public static final class Builder<I, O> {
        private final LoopSettings settings;
        private final LoopClients clients;
        private final Deserializer<I> input;
        private final Serializer<O> output;
        private RecordHandler<I, O> handler;
        private LoopListener<O> listener = LoopListener.none();
        private MeterRegistry metrics;
        private Clock clock = Clock.systemUTC();

        private Builder(LoopSettings settings, LoopClients clients, Deserializer<I> input, Serializer<O> output) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.clients = Objects.requireNonNull(clients, "clients");
            this.input = Objects.requireNonNull(input, "input");
            this.output = Objects.requireNonNull(output, "output");
        }

        public Builder<I, O> handler(RecordHandler<I, O> handler) {
            this.handler = handler;
            return this;
        }

        /** Where the loop counts retried and dead-lettered records; by default the service's registry. */
        public Builder<I, O> metrics(MeterRegistry registry) {
            this.metrics = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** What tells failure and due times; the system's UTC clock by default. */
        public Builder<I, O> clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder<I, O> listener(LoopListener<O> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public TransactionalLoop<I, O> build() {
            if (metrics == null) {
                metrics = ServiceMetrics.registry();
            }
            return new TransactionalLoop<>(this);
        }
    }
}
