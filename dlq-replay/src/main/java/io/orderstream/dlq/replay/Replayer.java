package io.orderstream.dlq.replay;

import io.orderstream.dlq.DlqException;
import io.orderstream.dlq.kafka.DeadLetterReader;
import io.orderstream.dlq.kafka.DlqClients;
import io.orderstream.dlq.kafka.DlqTopic;
import io.orderstream.dlq.kafka.PartitionBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;

/**
 * Sends dead letters back to their original topics, exactly once: the replayed records and the replay group's
 * progress are committed in the same transactions, so a replay killed at any point resumes where it was, and no
 * record is sent twice however often it runs. {@link PartitionProgress} tells how records replayed out of order
 * are remembered.
 */
public final class Replayer {

    private final DlqClients clients;

    public Replayer(DlqClients clients) {
        this.clients = clients;
    }

    public ReplayReport replay(ReplaySelection selection, boolean dryRun) {
        try (Admin admin = clients.admin();
             Consumer<byte[], byte[]> consumer = clients.consumer();
             ReplaySink sink = dryRun ? ReplaySink.dryRun() : transactionalSink()) {
            DlqTopic topic = DlqTopic.describe(admin, clients.brokerTopic(), clients.bootstrapServers());
            PartitionBounds bounds = PartitionBounds.of(consumer, topic);
            requireRecords(selection, bounds);
            sink.open();
            var outcomes = replay(topic, bounds, selection, new Replay(consumer, sink, new Destinations(admin,
                    clients.bootstrapServers())));
            return new ReplayReport(topic.name(), outcomes, dryRun);
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            throw new DlqException("another replay of " + clients.brokerTopic() + " started and took over (both use"
                    + " the transactional id " + clients.groupId() + "); what this one committed stays replayed", e);
        }
    }

    private static List<ReplayOutcome> replay(DlqTopic topic, PartitionBounds bounds, ReplaySelection selection,
                                              Replay replay) {
        Map<TopicPartition, OffsetAndMetadata> committed = replay.consumer().committed(Set.copyOf(topic.partitions()));
        var reader = new DeadLetterReader(replay.consumer());
        var outcomes = new ArrayList<ReplayOutcome>();
        for (TopicPartition partition : topic.partitions()) {
            if (selection.touches(partition.partition())) {
                var progress = PartitionProgress.of(committed.get(partition), bounds.start(partition));
                outcomes.addAll(new PartitionReplay(partition, selection, progress, replay.sink(), replay.destinations())
                        .run(reader, bounds.end(partition)));
            }
        }
        return outcomes;
    }

    /** Every offset named must be within its partition before anything is sent. */
    private static void requireRecords(ReplaySelection selection, PartitionBounds bounds) {
        if (selection instanceof ReplaySelection.Offsets offsets) {
            offsets.offsets().forEach(bounds::require);
        }
    }

    private TransactionalSink transactionalSink() {
        return new TransactionalSink(clients.transactionalProducer(), new ConsumerGroupMetadata(clients.groupId()));
    }

    /** The clients one replay works with. */
    private record Replay(Consumer<byte[], byte[]> consumer, ReplaySink sink, Destinations destinations) {
    }
}
