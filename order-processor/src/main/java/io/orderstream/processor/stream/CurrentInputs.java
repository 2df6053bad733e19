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
 * answer its client when one of its outputs cannot be written. Kafka Streams cannot: it drops the raw input before
 * the first output is sent, and a state store's changelog write has no record context at all.
 * Only a failure reported on the thread that processes the input is attributed to it (a synchronous failure such
 * as RecordTooLargeException); a late one from the producer's thread cannot be told apart from the next input's.
 */
public final class CurrentInputs {

    /** Passes the instance to the handlers through the Streams configuration. */
    static final String CONFIG = "orderstream.current-inputs";

    private final Map<TaskId, Input> byTask = new ConcurrentHashMap<>();

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
