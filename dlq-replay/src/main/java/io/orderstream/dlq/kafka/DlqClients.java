package io.orderstream.dlq.kafka;

import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The clients of one dead-letter topic. The topic is named as the services name it, before the deployment's
 * TOPIC_PREFIX; its replay progress is the consumer group {@code <prefix>dlq-replay.<topic>}, which is also the
 * transactional id, so two replays of one topic at a time fence each other instead of both sending.
 */
public final class DlqClients {

    /** How long a call to Kafka may take before the command gives up: a command line should not hang a minute. */
    public static final Duration API_TIMEOUT = Duration.ofSeconds(15);
    /** One request's share of it; Kafka wants it no longer than the call's timeout. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final String GROUP_PREFIX = "dlq-replay.";

    private final KafkaSettings kafka;
    private final String topic;

    /** @param topic the dead-letter topic without the deployment's prefix, e.g. {@code orders.commands.dlq} */
    public DlqClients(KafkaSettings kafka, String topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    /** The dead-letter topic as named on the broker. */
    public String brokerTopic() {
        return kafka.prefixed(topic);
    }

    /** The consumer group that keeps the replay's progress, and the replay's transactional id. */
    public String groupId() {
        return kafka.prefixed(GROUP_PREFIX + topic);
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public Admin admin() {
        Map<String, Object> config = KafkaClientConfigs.admin(kafka);
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, groupId() + "-admin");
        config.putAll(timeouts());
        return Admin.create(config);
    }

    /** Reads committed records only, never commits by itself; assigned partitions, no group membership. */
    public Consumer<byte[], byte[]> consumer() {
        Map<String, Object> config = KafkaClientConfigs.consumer(kafka, GROUP_PREFIX + topic);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId() + "-reader");
        config.putAll(timeouts());
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Transactional: the replayed records and the group's new offsets are committed together. */
    public Producer<byte[], byte[]> transactionalProducer() {
        Map<String, Object> config = KafkaClientConfigs.producer(kafka, GROUP_PREFIX + topic);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, groupId());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) API_TIMEOUT.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REQUEST_TIMEOUT.toMillis());
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static Map<String, Object> timeouts() {
        return Map.of(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) API_TIMEOUT.toMillis(),
                CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, (int) REQUEST_TIMEOUT.toMillis());
    }
}
