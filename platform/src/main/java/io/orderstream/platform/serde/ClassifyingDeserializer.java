package io.orderstream.platform.serde;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A registry deserializer that tells a poison pill from a registry that cannot answer.
 * <ul>
 *   <li>Bytes that are not the wire format (magic byte 0, 4-byte content id), name a schema the registry says it
 *       does not have, or do not decode with their schema: {@link SerializationException}, the record's fault.</li>
 *   <li>The registry down, answering 5xx or not within the limit: {@link SchemaRegistryUnavailableException}
 *       (a {@code RetriableException}), the registry's fault; read the record again later.</li>
 * </ul>
 * A content id is looked up once, in a bounded call; Apicurio keeps its schema, so later records with it are read
 * on the caller's thread without any registry call.
 */
final class ClassifyingDeserializer<V> implements Deserializer<V> {

    private static final byte MAGIC = 0;
    private static final int HEADER_SIZE = 5;

    private final Deserializer<V> inner;
    private final SchemaLookup lookup;
    private final RegistryCalls calls;
    private final Set<Integer> known = ConcurrentHashMap.newKeySet();

    /** Looks a schema up by its content id in the registry (and caches it), or fails saying why. */
    @FunctionalInterface
    interface SchemaLookup {
        void byContentId(long contentId);
    }

    ClassifyingDeserializer(Deserializer<V> inner, SchemaLookup lookup, RegistryCalls calls) {
        this.inner = inner;
        this.lookup = lookup;
        this.calls = calls;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // configured when built
    }

    @Override
    public V deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public V deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length < HEADER_SIZE || data[0] != MAGIC) {
            throw new SerializationException("not a registry-framed Avro record (magic byte 0 and a schema id)");
        }
        int contentId = ByteBuffer.wrap(data, 1, 4).getInt();
        if (!known.contains(contentId)) {
            resolve(topic, contentId);
        }
        try {
            return inner.deserialize(topic, data);
        } catch (RuntimeException e) {
            throw new SerializationException("cannot decode the record with schema " + contentId + ": " + e, e);
        }
    }

    private void resolve(String topic, int contentId) {
        try {
            calls.call("schema " + contentId + " of " + topic, () -> {
                lookup.byContentId(contentId);
                return null;
            });
        } catch (SchemaRegistryUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            if (RegistryFailures.isDefiniteRefusal(e)) {
                throw new SerializationException("the registry has no schema " + contentId + ": " + e, e);
            }
            throw new SchemaRegistryUnavailableException("the schema registry could not answer for schema "
                    + contentId + " of " + topic + ": " + e.getMessage(), e);
        }
        known.add(contentId);
    }

    @Override
    public void close() {
        inner.close();
    }
}
