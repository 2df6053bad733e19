package io.orderstream.platform.kafka;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import io.orderstream.platform.serde.PoisonOnlyDeserializationHandler;

/**
 * Client configurations with the guarantees of ARCHITECTURE.md built in: idempotent producers,
 * read_committed consumers and exactly_once_v2 Streams. Services add only what is theirs.
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

    /**
     * Kafka Streams with exactly_once_v2. A record whose value cannot be read (a poison pill) goes to the given
     * dead-letter topic, with the platform's failure headers, and processing carries on; a record that cannot be
     * read now because the schema registry cannot answer is not dead-lettered but read again
     * ({@link PoisonOnlyDeserializationHandler}).
     */
    public static Map<String, Object> streams(KafkaSettings settings, String applicationId, Path stateDir,
                                              String deadLetterTopic) {
        Map<String, Object> config = admin(settings);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.prefixed(applicationId));
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) settings.replicationFactor());
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, PoisonOnlyDeserializationHandler.class);
        config.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, settings.prefixed(deadLetterTopic));
        config.put(PoisonOnlyDeserializationHandler.SERVICE_CONFIG, applicationId);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // a stream thread replaced after a failure (or a killed instance) hands its partitions over within 10 s,
        // not after the default 45 s
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        return config;
    }
}
