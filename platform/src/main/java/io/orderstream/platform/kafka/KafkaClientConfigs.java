package io.orderstream.platform.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Client configurations with the guarantees of ARCHITECTURE.md built in: idempotent producers,
 * read_committed consumers ({@code platform.streams.StreamsConfigs} adds exactly_once_v2 Streams). Services add
 * only what is theirs.
 */
public final class KafkaClientConfigs {

    private KafkaClientConfigs() {
    }

    public static Map<String, Object> admin(KafkaSettings settings) {
        return new HashMap<>(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers()));
    }

    /** An idempotent producer; with a transactional id when the caller needs consume-produce atomicity. */
    public static Map<String, Object> producer(KafkaSettings settings, String clientId) {
        Map<String, Object> config = admin(settings);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, settings.prefixed(clientId));
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return config;
    }

    /** A consumer that sees only committed records and commits its offsets itself. */
    public static Map<String, Object> consumer(KafkaSettings settings, String groupId) {
        Map<String, Object> config = admin(settings);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.prefixed(groupId));
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }
}
