package io.orderstream.platform.serde;

import io.apicurio.registry.resolver.SchemaResolver;
import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.apicurio.registry.serde.avro.AvroSerde;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.data.SerdeMetadata;
import io.apicurio.registry.serde.data.SerdeRecord;
import io.apicurio.registry.serde.kafka.KafkaDeserializer;
import io.apicurio.registry.serde.kafka.KafkaSerializer;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.time.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Apicurio's Avro serde, writing the Confluent wire format (magic byte, 4-byte content id) so Confluent-based
 * consumers can read it through the registry's ccompat API. Each topic's schema lives in the artifact
 * {@code <prefixed topic>-value} whatever topic the value is written to (a state store's changelog included).
 *
 * <p>No registry call is unbounded and none runs on the caller's thread: the first value of each class and the
 * first record of each schema id are resolved in a bounded call ({@link BoundedSerializer},
 * {@link ClassifyingDeserializer}), after which Apicurio's caches answer. Schemas and their ids never change, so
 * the caches are kept a day and a failed refresh keeps the cached schema. {@link #registerAll} registers the
 * schemas before a service starts consuming.
 */
final class RegistryAvroSerdes implements AvroSerdes {

    /** A cold registry client's first call (its HTTP stack starting) on a loaded 2-core machine can take over 10 s. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final long CACHE_PERIOD_MS = Duration.ofDays(1).toMillis();
    private static final Duration REGISTRATION_BACKOFF = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(RegistryAvroSerdes.class.getName());

    private final String registryUrl;
    private final UnaryOperator<String> prefixed;
    private final RegistryCalls calls;

    RegistryAvroSerdes(String registryUrl, UnaryOperator<String> prefixed, Duration callTimeout) {
        this.registryUrl = registryUrl;
        this.prefixed = prefixed;
        this.calls = new RegistryCalls(callTimeout);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V extends SpecificRecord> Serde<V> valueSerde(Topic<V> topic) {
        Serde<V> serde = apicurio(topic);
        SchemaResolver<?, ?> resolver = ((KafkaDeserializer<Schema, V>) serde.deserializer()).getSchemaResolver();
        ClassifyingDeserializer.SchemaLookup lookup = contentId -> resolver.resolveSchemaByArtifactReference(
                ArtifactReference.builder().contentId(contentId).build());
        return Serdes.serdeFrom(new BoundedSerializer<>(serde.serializer(), calls),
                new ClassifyingDeserializer<>(serde.deserializer(), lookup, calls));
    }

    @Override
    public void registerAll(Collection<Topic<?>> topics, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (Topic<?> topic : topics) {
            register(topic, deadline);
        }
    }

    /** Registers the topic's schema (or finds it registered), retrying until the deadline. */
    @SuppressWarnings("unchecked")
    private <V extends SpecificRecord> void register(Topic<V> topic, Instant deadline) {
        V instance = (V) SpecificData.get().newRecord(null, SpecificData.get().getSchema(topic.valueType()));
        var record = new SerdeRecord<>(new SerdeMetadata(prefixed.apply(topic.name()), false), instance);
        while (true) {
            try (Serde<V> serde = apicurio(topic)) { // closed: its client must not keep the JVM alive
                var serializer = (KafkaSerializer<Schema, V>) serde.serializer();
                calls.call("registration of " + topic.name(), () -> serializer.getSchemaResolver().resolveSchema(record));
                return;
            } catch (RuntimeException e) {
                if (!Instant.now().plus(REGISTRATION_BACKOFF).isBefore(deadline)) {
                    throw new SchemaRegistryUnavailableException("could not register the schema of " + topic.name()
                            + " before the deadline", e);
                }
                LOG.log(System.Logger.Level.WARNING, "registering the schema of {0} failed, retrying: {1}",
                        topic.name(), e.toString());
                sleep(REGISTRATION_BACKOFF);
            }
        }
    }

    private <V extends SpecificRecord> Serde<V> apicurio(Topic<V> topic) {
        Serde<V> serde = new AvroSerde<>();
        Map<String, Object> config = new HashMap<>();
        config.put(SchemaResolverConfig.REGISTRY_URL, registryUrl);
        config.put(SchemaResolverConfig.EXPLICIT_ARTIFACT_ID, prefixed.apply(topic.name()) + "-value");
        config.put(SchemaResolverConfig.AUTO_REGISTER_ARTIFACT, true); // FIND_OR_CREATE_VERSION, only ever bounded
        config.put(SchemaResolverConfig.CHECK_PERIOD_MS, CACHE_PERIOD_MS);
        config.put(SchemaResolverConfig.FAULT_TOLERANT_REFRESH, true);
        // one schema, whole, per topic: with references, every nested record is an artifact of its own, resolved one
        // blocking call inside another, and a deep schema (CommandResult > OrderState > Shipment > Payout > ...)
        // left the registry client waiting on itself until the call's bound
        config.put(SchemaResolverConfig.DEREFERENCE_SCHEMA, true);
        config.put(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
        config.put(AvroSerdeConfig.AVRO_DATUM_PROVIDER, SchemaIdentityDatumProvider.class.getName());
        serde.configure(config, false);
        return serde;
    }

    private static void sleep(Duration duration) {
        try {
            TimeSource.system().sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryUnavailableException("interrupted while registering schemas", e);
        }
    }
}
