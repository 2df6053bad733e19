package io.orderstream.platform.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the catalogue's missing topics at start-up. It never deletes nor alters a topic. */
public final class TopicProvisioner {

    private final KafkaSettings settings;

    public TopicProvisioner(KafkaSettings settings) {
        this.settings = settings;
    }

    /** Creates what is missing of the given topics and their dead-letter topics; returns the names created. */
    public List<String> createMissing(Collection<Topic<?>> topics) {
        try (Admin admin = Admin.create(KafkaClientConfigs.admin(settings))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .flatMap(topic -> List.of(newTopic(topic.name(), topic.cleanup()),
                            newTopic(topic.deadLetterName(), Topic.Cleanup.DELETE)).stream())
                    .filter(topic -> !existing.contains(topic.name()))
                    .toList();
            create(admin, missing);
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics at " + settings.bootstrapServers(), e);
        }
    }

    private void create(Admin admin, List<NewTopic> missing) throws InterruptedException, TimeoutException {
        for (var entry : admin.createTopics(missing).values().entrySet()) {
            try {
                entry.getValue().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) { // another instance was quicker
                    throw new IllegalStateException("cannot create topic " + entry.getKey(), e.getCause());
                }
            }
        }
    }

    private NewTopic newTopic(String name, Topic.Cleanup cleanup) {
        String policy = cleanup == Topic.Cleanup.COMPACT
                ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE;
        return new NewTopic(settings.prefixed(name), settings.partitions(), settings.replicationFactor())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, policy));
    }
}
