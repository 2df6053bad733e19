package io.orderstream.dlq.replay;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Sends replayed records and commits the replay group's offsets in one Kafka transaction. A replay that dies before
 * {@link #commit} leaves an open transaction, which the next replay's {@link #open()} aborts (same transactional id):
 * its records are never seen by read_committed consumers, and its progress was never committed.
 */
final class TransactionalSink implements ReplaySink {

    private static final System.Logger LOG = System.getLogger(TransactionalSink.class.getName());
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final Producer<byte[], byte[]> producer;
    private final ConsumerGroupMetadata group;
    private boolean inTransaction;

    TransactionalSink(Producer<byte[], byte[]> producer, ConsumerGroupMetadata group) {
        this.producer = producer;
        this.group = group;
    }

    @Override
    public void open() {
        producer.initTransactions();
    }

    @Override
    public void send(ProducerRecord<byte[], byte[]> record) {
        begin();
        producer.send(record);
    }

    @Override
    public void commit(TopicPartition partition, OffsetAndMetadata progress) {
        begin();
        producer.sendOffsetsToTransaction(Map.of(partition, progress), group);
        producer.commitTransaction();
        inTransaction = false;
    }

    @Override
    public boolean isDryRun() {
        return false;
    }

    /** An abort that fails (a fenced producer, a broker gone) is left to the broker's timeout or the next open. */
    @Override
    public void close() {
        try {
            if (inTransaction) {
                producer.abortTransaction();
            }
        } catch (RuntimeException abortFailed) {
            LOG.log(System.Logger.Level.DEBUG, "could not abort the replay's transaction", abortFailed);
        } finally {
            producer.close(CLOSE_TIMEOUT);
        }
    }

    private void begin() {
        if (!inTransaction) {
            producer.beginTransaction();
            inTransaction = true;
        }
    }
}
