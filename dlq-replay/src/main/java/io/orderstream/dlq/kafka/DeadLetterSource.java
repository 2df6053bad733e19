package io.orderstream.dlq.kafka;

import io.orderstream.dlq.record.DeadLetter;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The records of a dead-letter topic, by offset range. After {@link #read} every offset below {@code until} was
 * either handed over or holds no record.
 */
public interface DeadLetterSource {

    /** Hands every record with {@code from <= offset < until} to {@code visitor}, in offset order. */
    void read(TopicPartition partition, long from, long until, Consumer<DeadLetter> visitor);

    /** The record at that offset, if one is there. */
    default Optional<DeadLetter> readOne(TopicPartition partition, long offset) {
        var found = new ArrayList<DeadLetter>(1);
        read(partition, offset, offset + 1, found::add);
        return found.stream().findFirst();
    }
}
