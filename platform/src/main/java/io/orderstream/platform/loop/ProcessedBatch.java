package io.orderstream.platform.loop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Records handled, on each partition the ones before the first still being handled: what one transaction sends and
 * commits.
 *
 * @param toSend       every record to send, serialized, in the order of the records they answer
 * @param outputs      the handler's outputs among them, before serialization, including its answers to records it
 *                     gave up on ({@link RecordHandler#answerDeadLettered})
 * @param failures     the consumed records that could not be processed, and whether each was retried or dead-lettered
 * @param nextOffsets  per partition, the offset to commit: the one after the batch's last record there
 * @param firstOffsets per partition, the offset of the batch's first record: where to read again when nothing
 *                     was ever committed and the transaction fails
 */
public record ProcessedBatch<O>(List<ProducerRecord<byte[], byte[]>> toSend,
                                List<ProducerRecord<String, O>> outputs,
                                List<FailedRecord> failures,
                                Map<TopicPartition, OffsetAndMetadata> nextOffsets,
                                Map<TopicPartition, Long> firstOffsets) {

    public ProcessedBatch {
        toSend = List.copyOf(toSend);
        outputs = List.copyOf(outputs);
        failures = List.copyOf(failures);
        nextOffsets = Map.copyOf(nextOffsets);
        firstOffsets = Map.copyOf(firstOffsets);
    }

    /** The failed records sent to the dead-letter topic. */
    public List<FailedRecord> deadLettered() {
        return failures.stream().filter(FailedRecord::deadLettered).toList();
    }

    /** The failed records re-queued on a retry tier. */
    public List<FailedRecord> retried() {
        return failures.stream().filter(failure -> !failure.deadLettered()).toList();
    }

    /** Collects a batch record by record, in the order consumed. */
    static final class Builder<O> {
        private final List<ProducerRecord<byte[], byte[]>> toSend = new ArrayList<>();
        private final List<ProducerRecord<String, O>> outputs = new ArrayList<>();
        private final List<FailedRecord> failures = new ArrayList<>();
        private final Map<TopicPartition, OffsetAndMetadata> nextOffsets = new HashMap<>();
        private final Map<TopicPartition, Long> firstOffsets = new LinkedHashMap<>();

        Builder<O> handled(ConsumerRecord<byte[], byte[]> record, SerializedOutputs<O> answers) {
            add(answers);
            return consumed(record);
        }

        Builder<O> failed(FailureRouter.Routed routed, SerializedOutputs<O> answers) {
            failures.add(routed.failure());
            toSend.add(routed.toSend());
            add(answers);
            return consumed(routed.failure().record());
        }

        ProcessedBatch<O> build() {
            return new ProcessedBatch<>(toSend, outputs, failures, nextOffsets, firstOffsets);
        }

        private void add(SerializedOutputs<O> answers) {
            outputs.addAll(answers.typed());
            toSend.addAll(answers.serialized());
        }

        private Builder<O> consumed(ConsumerRecord<byte[], byte[]> record) {
            var partition = new TopicPartition(record.topic(), record.partition());
            firstOffsets.putIfAbsent(partition, record.offset());
            nextOffsets.put(partition, new OffsetAndMetadata(record.offset() + 1, record.leaderEpoch(), ""));
            return this;
        }
    }

    /** A handler's outputs, typed and as sent. */
    record SerializedOutputs<O>(List<ProducerRecord<String, O>> typed,
                                List<ProducerRecord<byte[], byte[]>> serialized) {

        static <O> SerializedOutputs<O> none() {
            return new SerializedOutputs<>(List.of(), List.of());
        }
    }
}
