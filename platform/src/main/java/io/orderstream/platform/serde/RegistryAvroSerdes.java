package io.orderstream.platform.serde;

import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.serde.avro.AvroSerde;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.orderstream.platform.kafka.Topic;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Apicurio's Avro serde. Schemas are registered on first use under the topic's name
 * (TopicIdStrategy) and records carry the Confluent wire format, so Confluent-based
 * consumers can read them through the registry's ccompat API.
 */
final class RegistryAvroSerdes implements AvroSerdes {

    private final String registryUrl;

    RegistryAvroSerdes(String registryUrl) {
        this.registryUrl = registryUrl;
    }

    @Override
    public <V extends SpecificRecord> Serde<V> valueSerde(Topic<V> topic) {
        Serde<V> serde = new AvroSerde<>();
        serde.configure(Map.of(
                SchemaResolverConfig.REGISTRY_URL, registryUrl,
                SchemaResolverConfig.AUTO_REGISTER_ARTIFACT, true,
                AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true), false);
        return serde;
    }
}
