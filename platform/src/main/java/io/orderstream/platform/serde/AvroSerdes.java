package io.orderstream.platform.serde;

import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import java.time.Duration;
import java.util.Collection;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Gives the value serde of a topic. In services it is the registry's; in topology tests a schemaless one. */
public interface AvroSerdes {

    /** How long a service's start-up waits for the registry to take its topics' schemas before it gives up. */
    Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(60);

    <V extends SpecificRecord> Serde<V> valueSerde(Topic<V> topic);

    /**
     * Registers (or finds registered) the value schema of every topic, each call bounded, retrying until the
     * timeout; then throws {@link SchemaRegistryUnavailableException}. Call it before consumers or Streams start,
     * so no record ever waits for a registration.
     */
    default void registerAll(Collection<Topic<?>> topics, Duration timeout) {
    }

    /**
     * Apicurio Registry serdes writing the Confluent wire format (magic byte, 4-byte content id); every registry
     * call bounded (10 s); a registry that cannot answer is a {@link SchemaRegistryUnavailableException}.
     */
    static AvroSerdes registry(KafkaSettings settings) {
        return new RegistryAvroSerdes(settings.registryUrl(), settings::prefixed, RegistryAvroSerdes.CALL_TIMEOUT);
    }

    /** Plain Avro binary with the schema known from the class: for tests without a registry. */
    static AvroSerdes schemaless() {
        return new SchemalessAvroSerdes();
    }
}
