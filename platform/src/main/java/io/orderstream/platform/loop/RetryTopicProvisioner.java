package io.orderstream.platform.loop;

import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
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

/**
 * Creates a loop's missing retry tier topics at start-up, with the partitions and replication of the deployment's
 * other topics ({@code TopicProvisioner} creates the input and dead-letter topics). It never deletes nor alters a
 * topic, so a tier dropped from the configuration stays until removed by hand.
 */
public final class RetryTopicProvisioner {

    private static final long TIMEOUT_SECONDS = 30;

    private final KafkaSettings settings;

    public RetryTopicProvisioner(KafkaSettings settings) {
        this.settings = settings;
    }

    /** Creates what is missing of the tier topics; returns the names created. */
    public List<String> createMissing(RetryTopics topics) {
        if (topics.tierTopics().isEmpty()) {
            return List.of();
        }
        try (Admin admin = Admin.create(KafkaClientConfigs.admin(settings))) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.tierTopics().stream()
                    .filter(name -> !existing.contains(name))
                    .map(this::newTopic)
                    .toList();
            create(admin, missing);
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating retry topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics at " + settings.bootstrapServers(), e);
        }
    }

    private static void create(Admin admin, List<NewTopic> missing) throws InterruptedException, TimeoutException {
        for (var created : admin.createTopics(missing).values().entrySet()) {
            try {
                created.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) { // another instance was quicker
                    throw new IllegalStateException("cannot create topic " + created.getKey(), e.getCause());
                }
            }
        }
    }

    /** The name is the broker's already: the input topic it derives from carries the deployment's prefix. */
    private NewTopic newTopic(String name) {
        return new NewTopic(name, settings.partitions(), settings.replicationFactor())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
    }
}
