package io.orderstream.dlq.replay;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/** Where replayed records and the replay's progress go: a Kafka transaction, or nowhere in a dry run. */
interface ReplaySink extends AutoCloseable {

    /** Called before the group's progress is read: ends whatever an earlier replay of the topic left open. */
    void open();

    void send(ProducerRecord<byte[], byte[]> record);

    /** Commits what was sent since the last commit and the partition's progress, all or nothing. */
    void commit(TopicPartition partition, OffsetAndMetadata progress);

    boolean isDryRun();

    /** Aborts what was sent but not committed. */
    @Override
    void close();

    static ReplaySink dryRun() {
        return new ReplaySink() {
            @Override
            public void open() {
            }

            @Override
            public void send(ProducerRecord<byte[], byte[]> record) {
            }

            @Override
            public void commit(TopicPartition partition, OffsetAndMetadata progress) {
            }

            @Override
            public boolean isDryRun() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }
}
