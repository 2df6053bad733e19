package io.orderstream.dlq.kafka;

import io.orderstream.dlq.DlqException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** A topic that exists on the broker, with its partitions in order. */
public record DlqTopic(String name, List<TopicPartition> partitions) {

    /** The topic as the broker describes it; a {@link DlqException} naming it when it does not exist. */
    public static DlqTopic describe(Admin admin, String name, String bootstrapServers) {
        return find(admin, name, bootstrapServers).orElseThrow(() -> new DlqException(
                "topic " + name + " does not exist at " + bootstrapServers
                        + " (dead-letter topics are named <topic>.dlq; is TOPIC_PREFIX right?)"));
    }

    /** Empty when the broker does not know the topic. */
    public static Optional<DlqTopic> find(Admin admin, String name, String bootstrapServers) {
        try {
            TopicDescription description = KafkaCalls.await(admin.describeTopics(List.of(name)).topicNameValues().get(name),
                    "describe topic " + name, bootstrapServers);
            return Optional.of(new DlqTopic(name, description.partitions().stream()
                    .map(partition -> new TopicPartition(name, partition.partition()))
                    .sorted(Comparator.comparingInt(TopicPartition::partition))
                    .toList()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            if (e.getCause() instanceof TimeoutException) {
                throw new DlqException("Kafka at " + bootstrapServers + " did not answer within "
                        + DlqClients.API_TIMEOUT.toSeconds() + " s; is it running? (bin/orderstream status)", e.getCause());
            }
            throw new DlqException("could not describe topic " + name + " at " + bootstrapServers + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    public Optional<TopicPartition> partition(int number) {
        return partitions.stream().filter(partition -> partition.partition() == number).findFirst();
    }

    /** {@code 0..5} */
    public String partitionRange() {
        return partitions.isEmpty() ? "none" : "0.." + partitions.getLast().partition();
    }
}
