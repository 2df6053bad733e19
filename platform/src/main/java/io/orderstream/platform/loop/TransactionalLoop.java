package io.orderstream.platform.loop;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.platform.metrics.ServiceMetrics;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An exactly-once consume-produce loop on a thread of its own: poll, handle every record, then send all outputs and
 * commit the consumed offsets in one transaction. Killed at any instruction, it resumes from the last commit, so no
 * output is lost or written twice.
 *
 * <p>A failed transaction is aborted and the consumer rewound to the committed positions, so the batch is read and
 * handled again after {@link LoopSettings#abortBackoff()}. A record that cannot be handled does not fail the batch:
 * when its handler threw a {@link RetryableException} it is re-queued on its next retry tier
 * ({@code <input>.retry.<n>}, {@link LoopSettings#retryTiers()}), which this loop consumes too once the record is
 * due; otherwise, after the last tier, or when it cannot even be deserialized, it goes to {@code <input>.dlq}. Either
 * way in the same transaction that commits its offset, counted in {@code orderstream.records.retried} and
 * {@code orderstream.records.dead_lettered}. Fenced by another producer with its transactional id, the loop stops:
 * another instance took over.
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

    private final LoopSettings settings;
    private final LoopClients clients;
    private final BatchProcessor<I, O> processor;
    private final LoopListener<O> listener;
    private final FailureCounter failureCounter;
    private final RetryTopics retryTopics;
    private final RetryTierGate retryTierGate;
    private final TransactionSession session;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile LoopState state = LoopState.STARTING;
    private volatile Consumer<byte[], byte[]> consumer;
    private Thread thread;

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

    /** Lets the batch in hand commit, then stops and closes the clients; waits up to the close timeout. */
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
            consumer.subscribe(retryTopics.subscription(), retryTierGate);
            state = LoopState.RUNNING;
            while (!isStopRequested()) {
                pollAndProcess();
            }
            state = LoopState.STOPPED;
        } catch (RuntimeException e) {
            state = stateAfter(e);
        } finally {
            closeClients();
        }
    }

    private void pollAndProcess() {
        retryTierGate.resumeDue(consumer);
        ConsumerRecords<byte[], byte[]> polled = consumer.poll(retryTierGate.pollTimeout(settings.pollTimeout()));
        List<ConsumerRecord<byte[], byte[]>> due = retryTierGate.admit(consumer, polled);
        if (!due.isEmpty()) {
            ProcessedBatch<O> batch;
            try {
                batch = processor.process(due);
            } catch (BatchProcessor.TransientReadFailure e) {
                LOG.log(System.Logger.Level.WARNING, "{0}: {1}; read again after {2}: {3}", settings.service(),
                        e.getMessage(), settings.abortBackoff(), e.getCause().toString());
                seekBack(due);
                awaitAbortBackoff();
                return;
            }
            processInTransaction(batch);
        }
    }

    /** Back to the first record of each partition in hand: a transient failure is never dead-lettered. */
    private void seekBack(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<TopicPartition, Long> first = new java.util.HashMap<>();
        records.forEach(r -> first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min));
        first.forEach(consumer::seek);
    }

    private void processInTransaction(ProcessedBatch<O> batch) {
        try {
            session.commit(batch, consumer.groupMetadata());
        } catch (RuntimeException e) {
            if (LoopFailures.endsTheLoop(e)) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "transaction of " + settings.service()
                    + " aborted; its records will be read again", e);
            recover(batch, e);
            return;
        }
        failureCounter.committed(batch);
        listener.committed(batch);
    }

    /** Until it works or the loop stops: no transaction left open, and the consumer back at the committed offsets. */
    private void recover(ProcessedBatch<O> batch, RuntimeException failure) {
        RuntimeException latest = failure;
        do {
            try {
                session.reset(latest);
                rewind(batch);
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
     * committed, the batch started where the consumer began to read.
     */
    private void rewind(ProcessedBatch<O> batch) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(batch.firstOffsets().keySet());
        batch.firstOffsets().forEach((partition, firstOffset) -> {
            OffsetAndMetadata last = committed.get(partition);
            consumer.seek(partition, last == null ? firstOffset : last.offset());
        });
    }

    private LoopState stateAfter(RuntimeException failure) {
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
