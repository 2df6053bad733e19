package io.orderstream.platform.loop;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What a {@link TransactionalLoop} does with one record: the records to send for it. They are sent in the same
 * transaction that commits the record's offset, so they are written exactly once.
 *
 * <p>Records are handled on virtual threads, not on the loop's: with {@link LoopSettings#concurrency()} above 1,
 * records of different keys at the same time, so an implementation must then be thread-safe. Records of one key are
 * handled one after another, in the order consumed, each once the one before it is done.
 */
@FunctionalInterface
public interface RecordHandler<I, O> {

    /**
     * @param record the consumed record, its key and value deserialized; from the input topic or a retry tier
     *               ({@link RetryTopics#attemptOf} tells which attempt this is)
     * @return the records to send, each with its topic as named on the broker; none is fine
     * @throws RetryableException when the failure may go away: the record is handled again from its next retry tier,
     *                            or, after the last, dead-lettered
     * @throws Exception          when the record cannot be handled: it is dead-lettered and the loop carries on
     *                            with the next. An {@link InterruptedException} stops the loop instead.
     */
    List<ProducerRecord<String, O>> handle(ConsumerRecord<String, I> record) throws Exception;

    /**
     * Called when the loop gives up on a record it could read: its handling failed for good, or for the last time.
     * Its answers are sent with the dead letter in the same transaction, so that whoever waits for an answer gets
     * one. It runs right after {@link #handle} failed, on the same thread, beside the handling of other keys. None by
     * default; a failure here is logged and the dead letter goes alone.
     *
     * @param lastFailure what {@link #handle} threw the last time
     */
    default List<ProducerRecord<String, O>> answerDeadLettered(ConsumerRecord<String, I> record, Exception lastFailure)
            throws Exception {
        return List.of();
    }
}
