package io.orderstream.dlq.kafka;

import io.orderstream.dlq.DlqException;
import io.orderstream.dlq.record.PartitionOffset;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The offsets each partition of a topic holds at one moment: from its log start to its end, the end being the last
 * stable offset, as this reader sees committed records only. Records written later wait for the next command.
 */
public record PartitionBounds(DlqTopic topic, Map<TopicPartition, Long> starts, Map<TopicPartition, Long> ends) {

    public static PartitionBounds of(Consumer<byte[], byte[]> consumer, DlqTopic topic) {
        return new PartitionBounds(topic, Map.copyOf(consumer.beginningOffsets(topic.partitions())),
                Map.copyOf(consumer.endOffsets(topic.partitions())));
    }

    public long start(TopicPartition partition) {
        return starts.get(partition);
    }

    public long end(TopicPartition partition) {
        return ends.get(partition);
    }

    /** The partition of that address; a {@link DlqException} when the topic has no such partition or offset. */
    public TopicPartition require(PartitionOffset address) {
        TopicPartition partition = topic.partition(address.partition()).orElseThrow(() -> new DlqException(
                "no record at " + address + ": " + topic.name() + " has partitions " + topic.partitionRange()));
        long start = start(partition);
        long end = end(partition);
        if (address.offset() < start || address.offset() >= end) {
            throw new DlqException("no record at " + address + ": partition " + address.partition()
                    + (start == end ? " holds no records" : " holds offsets " + start + " to " + (end - 1)));
        }
        return partition;
    }
}
