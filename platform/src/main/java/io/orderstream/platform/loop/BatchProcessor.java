package io.orderstream.platform.loop;

import io.orderstream.platform.serde.RegistryFailures;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Turns raw records into a {@link ProcessedBatch}: deserializes each on the loop's thread ({@link #read}), hands them
 * to the handler (by key, possibly in parallel: {@link #submit}) and serializes the outputs on the loop's thread
 * ({@link #collect}). A record that fails at any of these steps is routed as failed on its own, to a retry tier or
 * its dead-letter topic; the others go on. {@link #process} does all three for a whole batch at once.
 */
final class BatchProcessor<I, O> implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BatchProcessor.class.getName());

    /** A consumed record, deserialized, or why it could not be. */
    record ReadRecord<I>(ConsumerRecord<byte[], byte[]> raw, ConsumerRecord<String, I> typed,
                                 Exception unreadable) {
    }

    /** What became of one record in the handler. */
    sealed interface Outcome<O> {
        record Answered<O>(List<ProducerRecord<String, O>> outputs) implements Outcome<O> {
        }

        /** Routed to a retry tier, or dead-lettered with the handler's answers to it. */
        record Failed<O>(FailureRouter.Routed routed, List<ProducerRecord<String, O>> answers, Exception failure)
                implements Outcome<O> {
        }

        record Unreadable<O>(Exception failure) implements Outcome<O> {
        }

        record Interrupted<O>(InterruptedException interruption) implements Outcome<O> {
        }
    }

    private final Deserializer<I> valueDeserializer;
    private final Serializer<O> valueSerializer;
    private final RecordHandler<I, O> handler;
    private final FailureRouter router;
    private final ParallelByKey parallelism;
    private final StringDeserializer keyDeserializer = new StringDeserializer();
    private final StringSerializer keySerializer = new StringSerializer();

    BatchProcessor(Deserializer<I> valueDeserializer, Serializer<O> valueSerializer, RecordHandler<I, O> handler,
                   FailureRouter router, ParallelByKey parallelism) {
        this.valueDeserializer = valueDeserializer;
        this.valueSerializer = valueSerializer;
        this.handler = handler;
        this.router = router;
        this.parallelism = parallelism;
    }

    /**
     * @throws TransientReadFailure when a record cannot be read now for a reason that is not its own (the schema
     *                              registry cannot answer): nothing was handled, read the batch again later
     */
    ProcessedBatch<O> process(List<ConsumerRecord<byte[], byte[]>> records) {
        List<ReadRecord<I>> read = read(records);
        List<Outcome<O>> outcomes = handleAll(read);
        var batch = new ProcessedBatch.Builder<O>();
        for (int i = 0; i < read.size(); i++) {
            collect(read.get(i), outcomes.get(i), batch);
        }
        return batch.build();
    }

    /**
     * Deserializes the records; one that cannot be deserialized is kept with why, to be routed as failed.
     *
     * @throws TransientReadFailure when a record cannot be read now for a reason that is not its own (the schema
     *                              registry cannot answer): read them all again later
     */
    List<ReadRecord<I>> read(List<ConsumerRecord<byte[], byte[]>> records) {
        List<ReadRecord<I>> read = records.stream().map(this::read).toList();
        for (ReadRecord<I> record : read) {
            if (record.unreadable() != null && RegistryFailures.isTransient(record.unreadable())) {
                throw new TransientReadFailure(coordinates(record.raw()) + " cannot be read now",
                        record.unreadable());
            }
        }
        return read;
    }

    /** Hands the record to the handler after the records of its key handed before, when a slot is free. */
    CompletableFuture<Outcome<O>> submit(ReadRecord<I> record) {
        return parallelism.submit(keyOf(record.raw()), () -> handle(record));
    }

    /** Adds the record's outcome to the batch, its outputs serialized, on the loop's thread. */
    void collect(ReadRecord<I> record, CompletableFuture<Outcome<O>> done, ProcessedBatch.Builder<O> batch) {
        try {
            collect(record, ParallelByKey.resultOfDone(done), batch);
        } catch (InterruptedException e) {
            throw new InterruptException(e);
        }
    }

    /** Stops the handling still going on. */
    @Override
    public void close() {
        parallelism.close();
    }

    private ReadRecord<I> read(ConsumerRecord<byte[], byte[]> raw) {
        try {
            return new ReadRecord<>(raw, deserialize(raw), null);
        } catch (RuntimeException e) {
            return new ReadRecord<>(raw, null, e);
        }
    }

    private List<Outcome<O>> handleAll(List<ReadRecord<I>> read) {
        try {
            return parallelism.map(read, record -> keyOf(record.raw()), this::handle);
        } catch (InterruptedException e) {
            throw new InterruptException(e);
        }
    }

    /** Runs beside the handling of other keys, so a slow answer to a dead-lettered record holds up no other. */
    private Outcome<O> handle(ReadRecord<I> record) {
        if (record.unreadable() != null) {
            return new Outcome.Unreadable<>(record.unreadable());
        }
        try {
            return new Outcome.Answered<>(handler.handle(record.typed()));
        } catch (InterruptedException e) {
            return new Outcome.Interrupted<>(e);
        } catch (Exception e) {
            FailureRouter.Routed routed = router.unhandled(record.raw(), e);
            try {
                return new Outcome.Failed<>(routed, answersIfDeadLettered(record, routed, e), e);
            } catch (InterruptedException interrupted) {
                return new Outcome.Interrupted<>(interrupted);
            }
        }
    }

    private void collect(ReadRecord<I> record, Outcome<O> outcome, ProcessedBatch.Builder<O> batch) {
        switch (outcome) {
            case Outcome.Unreadable<O>(Exception failure) -> {
                log(System.Logger.Level.WARNING, record.raw(), "cannot be deserialized", failure);
                batch.failed(router.unreadable(record.raw(), failure), ProcessedBatch.SerializedOutputs.none());
            }
            case Outcome.Failed<O> failed -> failed(record, failed.routed(), failed.answers(), failed.failure(), batch);
            case Outcome.Answered<O>(List<ProducerRecord<String, O>> outputs) -> {
                try {
                    batch.handled(record.raw(), serialize(outputs));
                } catch (RuntimeException e) {
                    unserializable(record, e, batch);
                }
            }
            case Outcome.Interrupted<O> interrupted -> throw new InterruptException(interrupted.interruption());
        }
    }

    /** Outputs that cannot be written are a failure of their record, routed as one. */
    private void unserializable(ReadRecord<I> record, RuntimeException failure, ProcessedBatch.Builder<O> batch) {
        FailureRouter.Routed routed = router.unhandled(record.raw(), failure);
        try {
            failed(record, routed, answersIfDeadLettered(record, routed, failure), failure, batch);
        } catch (InterruptedException e) {
            throw new InterruptException(e);
        }
    }

    private void failed(ReadRecord<I> record, FailureRouter.Routed routed, List<ProducerRecord<String, O>> answers,
                        Exception failure, ProcessedBatch.Builder<O> batch) {
        if (routed.failure().deadLettered()) {
            log(System.Logger.Level.WARNING, record.raw(), "is dead-lettered", failure);
        } else {
            log(System.Logger.Level.INFO, record.raw(), "is retried later", failure);
        }
        batch.failed(routed, serializeAnswers(record, answers));
    }

    /** The handler's answers to a record given up on; none for a retried one, or when they cannot be had. */
    private List<ProducerRecord<String, O>> answersIfDeadLettered(ReadRecord<I> record, FailureRouter.Routed routed,
                                                                  Exception failure) throws InterruptedException {
        if (!routed.failure().deadLettered()) {
            return List.of();
        }
        try {
            return handler.answerDeadLettered(record.typed(), failure);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "no answer to dead-lettered " + coordinates(record.raw()), e);
            return List.of();
        }
    }

    private ProcessedBatch.SerializedOutputs<O> serializeAnswers(ReadRecord<I> record,
                                                                 List<ProducerRecord<String, O>> answers) {
        try {
            return serialize(answers);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write the answer to " + coordinates(record.raw()), e);
            return ProcessedBatch.SerializedOutputs.none();
        }
    }

    private ConsumerRecord<String, I> deserialize(ConsumerRecord<byte[], byte[]> raw) {
        String key = keyDeserializer.deserialize(raw.topic(), raw.headers(), raw.key());
        I value = valueDeserializer.deserialize(raw.topic(), raw.headers(), raw.value());
        return new ConsumerRecord<>(raw.topic(), raw.partition(), raw.offset(), raw.timestamp(), raw.timestampType(),
                raw.serializedKeySize(), raw.serializedValueSize(), key, value, raw.headers(), raw.leaderEpoch());
    }

    private ProcessedBatch.SerializedOutputs<O> serialize(List<ProducerRecord<String, O>> outputs) {
        return new ProcessedBatch.SerializedOutputs<>(outputs, outputs.stream().map(this::serialize).toList());
    }

    private ProducerRecord<byte[], byte[]> serialize(ProducerRecord<String, O> output) {
        return new ProducerRecord<>(output.topic(), output.partition(), output.timestamp(),
                keySerializer.serialize(output.topic(), output.headers(), output.key()),
                valueSerializer.serialize(output.topic(), output.headers(), output.value()),
                output.headers());
    }

    private static Object keyOf(ConsumerRecord<byte[], byte[]> raw) {
        return raw.key() == null ? null : ByteBuffer.wrap(raw.key());
    }

    private static void log(System.Logger.Level level, ConsumerRecord<byte[], byte[]> raw, String what,
                            Exception failure) {
        LOG.log(level, "{0} {1}: {2}", coordinates(raw), what, failure.toString());
    }

    private static String coordinates(ConsumerRecord<byte[], byte[]> raw) {
        return raw.topic() + "-" + raw.partition() + "@" + raw.offset();
    }

    /** A record of the batch could not be read for a transient reason: retry the whole batch later. */
    static final class TransientReadFailure extends RuntimeException {
        TransientReadFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
