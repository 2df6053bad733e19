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
 * One poll's records, handled: what one transaction sends and commits.
 *
 * @param toSend        every record to send, serialized, in the order of the records they answer
 * @param outputs       the handler's outputs among them, before serialization
 * @param failedRecords the consumed records that could not be processed and were routed as failed
 * @param nextOffsets   per partition, the offset to commit: the one after the batch's last record
 * @param firstOffsets  per partition, the offset of the batch's first record: where to read again when nothing
 *                      was ever committed and the transaction fails
 */
public record ProcessedBatch<O>(List<ProducerRecord<byte[], byte[]>> toSend,
                                List<ProducerRecord<String, O>> outputs,
                                List<ConsumerRecord<byte[], byte[]>> failedRecords,
                                Map<TopicPartition, OffsetAndMetadata> nextOffsets,
                                Map<TopicPartition, Long> firstOffsets) {

    public ProcessedBatch {
        toSend = List.copyOf(toSend);
        outputs = List.copyOf(outputs);
        failedRecords = List.copyOf(failedRecords);
        nextOffsets = Map.copyOf(nextOffsets);
        firstOffsets = Map.copyOf(firstOffsets);
    }

    /** Collects a batch record by record, in the order consumed. */
    static final class Builder<O> {
        private final List<ProducerRecord<byte[], byte[]>> toSend = new ArrayList<>();
        private final List<ProducerRecord<String, O>> outputs = new ArrayList<>();
        private final List<ConsumerRecord<byte[], byte[]>> failedRecords = new ArrayList<>();
        private final Map<TopicPartition, OffsetAndMetadata> nextOffsets = new HashMap<>();
        private final Map<TopicPartition, Long> firstOffsets = new LinkedHashMap<>();

        Builder<O> handled(ConsumerRecord<byte[], byte[]> record, List<ProducerRecord<String, O>> typed,
                           List<ProducerRecord<byte[], byte[]>> serialized) {
            outputs.addAll(typed);
            toSend.addAll(serialized);
            return consumed(record);
        }

        Builder<O> failed(ConsumerRecord<byte[], byte[]> record, List<ProducerRecord<byte[], byte[]>> routed) {
            failedRecords.add(record);
            toSend.addAll(routed);
            return consumed(record);
        }

        ProcessedBatch<O> build() {
            return new ProcessedBatch<>(toSend, outputs, failedRecords, nextOffsets, firstOffsets);
        }

        private Builder<O> consumed(ConsumerRecord<byte[], byte[]> record) {
            var partition = new TopicPartition(record.topic(), record.partition());
            firstOffsets.putIfAbsent(partition, record.offset());
            nextOffsets.put(partition, new OffsetAndMetadata(record.offset() + 1, record.leaderEpoch(), ""));
            return this;
        }
    }
}
