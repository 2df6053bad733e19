package io.orderstream.dlq;

import io.orderstream.dlq.kafka.DeadLetterReader;
import io.orderstream.dlq.kafka.DlqClients;
import io.orderstream.dlq.kafka.DlqTopic;
import io.orderstream.dlq.kafka.PartitionBounds;
import io.orderstream.dlq.record.DeadLetter;
import io.orderstream.dlq.record.DeadLetterFilter;
import io.orderstream.dlq.replay.PartitionProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a whole dead-letter topic, partition by partition in offset order, and keeps the first matching records up
 * to a limit (so memory stays small however long the topic), counting all that match.
 */
final class DeadLetterListing {

    /** @param replayed whether the replay group has it as replayed */
    record Entry(DeadLetter letter, boolean replayed) {
    }

    /** @param entries the first {@code limit} matches; {@code matching} counts them all */
    record Result(String topic, List<Entry> entries, long matching) {
    }

    private final DlqClients clients;

    DeadLetterListing(DlqClients clients) {
        this.clients = clients;
    }

    Result list(DeadLetterFilter filter, int limit) {
        try (Admin admin = clients.admin(); Consumer<byte[], byte[]> consumer = clients.consumer()) {
            DlqTopic topic = DlqTopic.describe(admin, clients.brokerTopic(), clients.bootstrapServers());
            PartitionBounds bounds = PartitionBounds.of(consumer, topic);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(topic.partitions()));
            var reader = new DeadLetterReader(consumer);
            var matches = new FirstMatches(filter, limit);
            for (TopicPartition partition : topic.partitions()) {
                var progress = PartitionProgress.of(committed.get(partition), bounds.start(partition));
                reader.read(partition, bounds.start(partition), bounds.end(partition),
                        letter -> matches.offer(letter, progress.isSettled(letter.offset())));
            }
            return new Result(topic.name(), matches.entries(), matches.count());
        }
    }

    /** Keeps the first {@code limit} matching records and counts the rest. */
    private static final class FirstMatches {

        private final DeadLetterFilter filter;
        private final int limit;
        private final List<Entry> entries = new ArrayList<>();
        private long count;

        FirstMatches(DeadLetterFilter filter, int limit) {
            this.filter = filter;
            this.limit = limit;
        }

        void offer(DeadLetter letter, boolean replayed) {
            if (!filter.matches(letter)) {
                return;
            }
            count++;
            if (entries.size() < limit) {
                entries.add(new Entry(letter, replayed));
            }
        }

        List<Entry> entries() {
            return List.copyOf(entries);
        }

        long count() {
            return count;
        }
    }
}
