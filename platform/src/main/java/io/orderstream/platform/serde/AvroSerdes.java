package io.orderstream.platform.serde;

import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Gives the value serde of a topic. In services it is the registry's; in topology tests a schemaless one. */
public interface AvroSerdes {

    <V extends SpecificRecord> Serde<V> valueSerde(Topic<V> topic);

    /** Apicurio Registry serdes writing the Confluent wire format (magic byte, 4-byte content id). */
    static AvroSerdes registry(KafkaSettings settings) {
        return new RegistryAvroSerdes(settings.registryUrl());
    }

    /** Plain Avro binary with the schema known from the class: for tests without a registry. */
    static AvroSerdes schemaless() {
        return new SchemalessAvroSerdes();
    }
}
