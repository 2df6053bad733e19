package io.orderstream.dlq;

import io.orderstream.dlq.kafka.DeadLetterReader;
import io.orderstream.dlq.kafka.DlqClients;
import io.orderstream.dlq.kafka.DlqTopic;
import io.orderstream.dlq.kafka.PartitionBounds;
import io.orderstream.dlq.record.DeadLetter;
import io.orderstream.dlq.record.PartitionOffset;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/** Finds one dead letter by its address. */
final class DeadLetterLookup {

    private final DlqClients clients;

    DeadLetterLookup(DlqClients clients) {
        this.clients = clients;
    }

    /** The record; a {@link DlqException} naming what is there instead when there is none. */
    DeadLetter find(PartitionOffset address) {
        try (Admin admin = clients.admin(); Consumer<byte[], byte[]> consumer = clients.consumer()) {
            DlqTopic topic = DlqTopic.describe(admin, clients.brokerTopic(), clients.bootstrapServers());
            TopicPartition partition = PartitionBounds.of(consumer, topic).require(address);
            return new DeadLetterReader(consumer).readOne(partition, address.offset())
                    .orElseThrow(() -> new DlqException("no record at " + address + " of " + topic.name()
                            + ": the offset holds a transaction marker or an aborted record"));
        }
    }
}
