package io.orderstream.platform.loop;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.ApplicationRecoverableException;

/**
 * The loop's transactional producer: one transaction per batch, and after a failed one either an abort or, when
 * the producer cannot abort, a fresh producer, whose initialisation ends the open transaction on the broker.
 */
final class TransactionSession implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TransactionSession.class.getName());
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final LoopClients clients;
    private Producer<byte[], byte[]> producer;

    TransactionSession(LoopClients clients) {
        this.clients = clients;
    }

    void open() {
        producer = clients.producer();
        producer.initTransactions();
    }

    /** Sends the batch and commits its offsets for the consumer group, all or nothing. */
    void commit(ProcessedBatch<?> batch, ConsumerGroupMetadata group) {
        producer.beginTransaction();
        batch.toSend().forEach(producer::send);
        producer.sendOffsetsToTransaction(batch.nextOffsets(), group);
        producer.commitTransaction();
    }

    /** After {@code failure}, leaves no transaction of this loop open. */
    void reset(RuntimeException failure) {
        boolean producerUnusable = failure instanceof ApplicationRecoverableException;
        if (producerUnusable || !abort()) {
            replaceProducer();
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(CLOSE_TIMEOUT);
        }
    }

    private boolean abort() {
        try {
            producer.abortTransaction();
            return true;
        } catch (RuntimeException e) {
            if (LoopFailures.endsTheLoop(e)) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "the producer cannot abort; replacing it: {0}", e.toString());
            return false;
        }
    }

    private void replaceProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
        open();
    }
}
