package io.orderstream.platform.streams;

import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.serde.PoisonOnlyDeserializationHandler;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Kafka Streams' configuration with the guarantees of ARCHITECTURE.md built in (beside the serdes it needs). */
public final class StreamsConfigs {

    private StreamsConfigs() {
    }

    /**
     * Kafka Streams with exactly_once_v2. A record whose value cannot be read (a poison pill) goes to the given
     * dead-letter topic, with the platform's failure headers, and processing carries on; a record that cannot be
     * read now because the schema registry cannot answer is not dead-lettered but read again
     * ({@link PoisonOnlyDeserializationHandler}). How often it commits, with how many threads, is the service's
     * choice (Streams' default under exactly-once: every 100 ms, one thread).
     */
    public static Map<String, Object> exactlyOnce(KafkaSettings settings, String applicationId, Path stateDir,
                                                  String deadLetterTopic) {
        Map<String, Object> config = KafkaClientConfigs.admin(settings);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.prefixed(applicationId));
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
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
