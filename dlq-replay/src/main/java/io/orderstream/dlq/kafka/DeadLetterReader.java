package io.orderstream.dlq.kafka;

import io.orderstream.dlq.DlqException;
import io.orderstream.dlq.record.DeadLetter;
import io.orderstream.platform.time.TimeSource;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a range of one partition from Kafka, committed records only. Offsets without a visible record (transaction
 * markers, aborted records) are skipped: the consumer's position moves over them.
 */
public final class DeadLetterReader implements DeadLetterSource {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);
    /** How long reading may go without getting further before it gives up. */
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(30);

    private final org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer;
    private final TimeSource time;

    public DeadLetterReader(org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer) {
        this(consumer, TimeSource.system());
    }

    DeadLetterReader(org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer, TimeSource time) {
        this.consumer = consumer;
        this.time = time;
    }

    @Override
    public void read(TopicPartition partition, long from, long until, Consumer<DeadLetter> visitor) {
        if (from >= until) {
            return;
        }
        consumer.assign(List.of(partition));
        consumer.seek(partition, from);
        long position = consumer.position(partition);
        long lastProgress = time.nanoTime();
        while (position < until) {
            consumer.poll(POLL_TIMEOUT).records(partition).stream()
                    .filter(record -> record.offset() < until)
                    .forEach(record -> visitor.accept(new DeadLetter(record)));
            long reached = consumer.position(partition);
            if (reached > position) {
                position = reached;
                lastProgress = time.nanoTime();
            } else if (time.since(lastProgress).compareTo(STALL_TIMEOUT) > 0) {
                throw stalled(partition, position, until);
            }
        }
    }

    private DlqException stalled(TopicPartition partition, long position, long until) {
        return new DlqException("reading " + partition + " got no further than offset " + position + " of " + until
                + " within " + STALL_TIMEOUT.toSeconds() + " s");
    }
}
