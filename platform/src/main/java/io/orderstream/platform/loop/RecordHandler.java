package io.orderstream.platform.loop;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What a {@link TransactionalLoop} does with one record: the records to send for it. They are sent in the same
 * transaction that commits the record's offset, so they are written exactly once.
 */
@FunctionalInterface
public interface RecordHandler<I, O> {

    /**
     * @param record the consumed record, its key and value deserialized
     * @return the records to send, each with its topic as named on the broker; none is fine
     * @throws Exception when the record cannot be handled: it goes the way of a failed record (the dead-letter topic)
     *                   and the loop carries on with the next. An {@link InterruptedException} stops the loop instead.
     */
    List<ProducerRecord<String, O>> handle(ConsumerRecord<String, I> record) throws Exception;
}
