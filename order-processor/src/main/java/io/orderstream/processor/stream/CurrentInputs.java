package io.orderstream.processor.stream;

import io.orderstream.platform.serde.StreamsDeadLetters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.processor.TaskId;

/**
 * The input each task is processing, so that Kafka Streams' error handlers can dead-letter the input itself and
 * answer its client when it cannot be processed. Kafka Streams cannot: it drops the raw input before the first
 * output is sent, and a state store's changelog write has no record context at all.
 *
 * <p>An output the producer refuses (RecordTooLargeException) leaves the exactly-once transaction unable to commit,
 * whatever the handler answers: nothing of it can be written, not even a dead letter. So the input is
 * <em>quarantined</em>: the transaction fails, the stream thread is replaced and reads again from the last commit,
 * and when the processor meets the quarantined input it dead-letters it and answers its client instead of
 * processing it, in a transaction of its own. (After a restart the quarantine is empty: the input fails once more
 * and is quarantined again.)
 *
 * <p>Only a failure reported on the thread that processes the input is attributed to it (a synchronous failure
 * such as RecordTooLargeException); a late one from the producer's thread cannot be told from the next input's.
 */
public final class CurrentInputs implements AutoCloseable {

    /** Passes the instance to the handlers through the Streams configuration. */
    static final String CONFIG = "orderstream.current-inputs";

    private final Map<TaskId, Input> byTask = new ConcurrentHashMap<>();
    private final Map<Where, Exception> quarantine = new ConcurrentHashMap<>();
    private final List<AutoCloseable> resources = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Where an input was consumed. */
    record Where(String topic, int partition, long offset) {
        static Where of(StreamsDeadLetters.Origin origin) {
            return new Where(origin.topic(), origin.partition(), origin.offset());
        }
    }

    public CurrentInputs() {
    }

    /** One input in hand; dead-lettered at most once however many of its outputs fail. */
    static final class Input {
        private final Thread thread = Thread.currentThread();
        private final StreamsDeadLetters.Origin origin;
        private final String key;
        private final SpecificRecord value;
        private final InputRecords records;
        private boolean deadLettered;

        Input(StreamsDeadLetters.Origin origin, String key, SpecificRecord value, InputRecords records) {
            this.origin = origin;
            this.key = key;
            this.value = value;
            this.records = records;
        }

        /**
         * The first time: the input for the dead-letter topic and, for a client's command, the failure answer.
         * Afterwards nothing: it is set aside already.
         */
        synchronized List<ProducerRecord<byte[], byte[]>> deadLetter(StreamsDeadLetters deadLetters,
                                                                     Exception failure, Instant now) {
            if (deadLettered) {
                return List.of();
            }
            deadLettered = true;
            List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
            out.add(deadLetters.record(origin, records.key(key), records.value(origin.topic(), value), failure, now));
            out.addAll(records.failureAnswer(value, failure, now));
            return out;
        }
    }

    /** Sets the input aside: when it is read again, it is dead-lettered instead of processed. */
    void quarantine(Input input, Exception failure) {
        quarantine.put(Where.of(input.origin), failure);
    }

    /** The failure that quarantined the input at {@code origin}, taken out of the quarantine. */
    java.util.Optional<Exception> release(StreamsDeadLetters.Origin origin) {
        return quarantine.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(quarantine.remove(Where.of(origin)));
    }

    boolean anyQuarantined() {
        return !quarantine.isEmpty();
    }

    /** Closed with this: what the topology built for the inputs' records. */
    void closeWith(AutoCloseable resource) {
        resources.add(resource);
    }

    /** After Kafka Streams is closed. */
    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.getLogger(CurrentInputs.class.getName()).log(System.Logger.Level.WARNING, "closing failed", e);
            }
        }
    }

    void processing(TaskId task, Input input) {
        byTask.put(task, input);
    }

    void done(TaskId task) {
        byTask.remove(task);
    }

    /** The input the task is processing on this very thread, if any. */
    java.util.Optional<Input> onThisThread(TaskId task) {
        Input input = task == null ? null : byTask.get(task);
        return input != null && input.thread == Thread.currentThread()
                ? java.util.Optional.of(input) : java.util.Optional.empty();
    }
}
