package io.orderstream.platform.loop;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Makes the Kafka clients of a {@link TransactionalLoop}. Keys and values stay bytes: the loop (de)serializes them
 * itself, so that a record it cannot read fails alone instead of failing the poll.
 */
public interface LoopClients {

    /** A read_committed consumer without auto commit, in the loop's consumer group. */
    Consumer<byte[], byte[]> consumer();

    /** A fresh transactional producer, not yet initialised; called again when the previous one had to be replaced. */
    Producer<byte[], byte[]> producer();
}
