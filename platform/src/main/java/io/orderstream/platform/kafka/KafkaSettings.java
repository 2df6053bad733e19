package io.orderstream.platform.kafka;

import io.orderstream.platform.config.Env;

/**
 * Where Kafka and the schema registry are, and how this deployment names and sizes its topics.
 *
 * @param bootstrapServers  KAFKA_BOOTSTRAP_SERVERS, default localhost:9092
 * @param registryUrl       SCHEMA_REGISTRY_URL, Apicurio's v3 API, default http://localhost:8085/apis/registry/v3
 * @param topicPrefix       TOPIC_PREFIX, prepended to every topic, consumer group and application id; default empty
 * @param partitions        TOPIC_PARTITIONS, partitions of topics created at start-up, default 6
 * @param replicationFactor TOPIC_REPLICATION_FACTOR, default 1 (one broker locally)
 */
public record KafkaSettings(String bootstrapServers, String registryUrl, String topicPrefix,
                            int partitions, short replicationFactor) {

    public static KafkaSettings from(Env env) {
        return new KafkaSettings(
                env.string("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"),
                env.string("SCHEMA_REGISTRY_URL", "http://localhost:8085/apis/registry/v3"),
                env.string("TOPIC_PREFIX", ""),
                env.integer("TOPIC_PARTITIONS", 6),
                (short) env.integer("TOPIC_REPLICATION_FACTOR", 1));
    }

    /** A name unique to this deployment: topic, consumer group, application or transactional id. */
    public String prefixed(String name) {
        return topicPrefix + name;
    }
}
