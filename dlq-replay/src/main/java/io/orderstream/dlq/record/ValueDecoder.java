package io.orderstream.dlq.record;

import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.orderstream.dlq.text.HexDump;
import io.orderstream.platform.serde.RegistryCalls;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.header.Headers;

/**
 * Decodes a dead-lettered value, whatever its topic: Avro in the Confluent wire format whose schema the registry
 * knows becomes JSON; anything else (a poison pill, an unknown schema, an unreachable registry) is shown as UTF-8
 * text and hex with the reason. It never throws, and never waits on the registry longer than its lookup timeout
 * (30 s): Apicurio's client has no timeout of its own. The bound is generous because the first lookup of a fresh
 * process also starts the client (Vert.x, kiota, Jackson), which took over 10 s on a loaded 2-core machine.
 */
public final class ValueDecoder implements AutoCloseable {

    static final int MAX_DUMPED_BYTES = 4096;
    private static final byte CONFLUENT_MAGIC_BYTE = 0;
    private static final int CONFLUENT_HEADER_LENGTH = 5;
    private static final int MAX_CAUSES = 3;
    static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(30);

    private final AvroKafkaDeserializer<Object> deserializer = new AvroKafkaDeserializer<>();
    private final RegistryCalls calls;

    /** @param registryUrl Apicurio Registry's core API, as SCHEMA_REGISTRY_URL gives it */
    public ValueDecoder(String registryUrl) {
        this(registryUrl, LOOKUP_TIMEOUT);
    }

    ValueDecoder(String registryUrl, Duration lookupTimeout) {
        this.calls = new RegistryCalls(lookupTimeout);
        deserializer.configure(Map.of(
                SchemaResolverConfig.REGISTRY_URL, registryUrl,
                SchemaResolverConfig.RETRY_COUNT, 1,
                SchemaResolverConfig.DEREFERENCE_SCHEMA, true,
                AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, false), false);
    }

    public DecodedValue decode(String topic, Headers headers, byte[] value) {
        if (value == null) {
            return new DecodedValue("none (a tombstone)", "");
        }
        if (value.length < CONFLUENT_HEADER_LENGTH || value[0] != CONFLUENT_MAGIC_BYTE) {
            return undecoded(value, "not Avro in the Confluent wire format (it does not start with the magic byte 0)");
        }
        try {
            Object datum = calls.call("schema of a record of " + topic,
                    () -> deserializer.deserialize(topic, headers, value));
            return asJson(datum, value.length);
        } catch (RuntimeException | LinkageError e) {
            return undecoded(value, "not decodable through the registry: " + reason(e));
        }
    }

    @Override
    public void close() {
        deserializer.close();
    }

    private static DecodedValue asJson(Object datum, int size) {
        if (!(datum instanceof GenericContainer container)) {
            return new DecodedValue("Avro, " + size + " bytes", String.valueOf(datum) + System.lineSeparator());
        }
        return new DecodedValue("Avro " + container.getSchema().getFullName() + ", " + size + " bytes",
                AvroJson.of(container.getSchema(), datum));
    }

    static DecodedValue undecoded(byte[] value, String reason) {
        byte[] shown = Arrays.copyOf(value, Math.min(value.length, MAX_DUMPED_BYTES));
        String cut = shown.length < value.length ? " (the first " + shown.length + " shown)" : "";
        String text = HeaderValues.strictUtf8(shown)
                .filter(ValueDecoder::isPrintable)
                .map(utf8 -> "as UTF-8: " + utf8 + System.lineSeparator())
                .orElse("");
        return new DecodedValue(reason + "; " + value.length + " bytes" + cut,
                text + "as hex:" + System.lineSeparator() + HexDump.of(shown));
    }

    /** Text a terminal shows as it is: no control characters but line breaks and tabs. */
    private static boolean isPrintable(String text) {
        return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /** The failure and what caused it, a few levels deep. */
    private static String reason(Throwable failure) {
        var reason = new StringBuilder(failure.toString());
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            reason.append("; caused by ").append(cause);
        }
        return reason.toString();
    }
}
