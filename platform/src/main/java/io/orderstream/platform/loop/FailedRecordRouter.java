package io.orderstream.platform.loop;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Where a record goes that could not be deserialized or handled: the records to send instead of its outputs, in the
 * same transaction that commits its offset. Today that is its dead-letter topic ({@link DeadLetterRouter}); retry
 * topics can be routed to the same way.
 */
@FunctionalInterface
public interface FailedRecordRouter {

    List<ProducerRecord<byte[], byte[]>> route(ConsumerRecord<byte[], byte[]> record, Exception failure);
}
