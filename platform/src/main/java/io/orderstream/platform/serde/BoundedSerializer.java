package io.orderstream.platform.serde;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A registry serializer that never waits on the registry for longer than its limit. The first value of each class
 * resolves its schema (registering it if the registry lacks it) in a bounded call; Apicurio then keeps the schema's
 * id for that class, so every later value is written on the caller's thread without any registry call. When the
 * registry cannot answer, a {@link SchemaRegistryUnavailableException} says so (transient: write it again later).
 */
final class BoundedSerializer<V> implements Serializer<V> {

    private final Serializer<V> inner;
    private final RegistryCalls calls;
    private final Set<Class<?>> resolved = ConcurrentHashMap.newKeySet();

    BoundedSerializer(Serializer<V> inner, RegistryCalls calls) {
        this.inner = inner;
        this.calls = calls;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // configured when built
    }

    @Override
    public byte[] serialize(String topic, V value) {
        return serialize(topic, null, value);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, V value) {
        if (value == null || resolved.contains(value.getClass())) {
            return inner.serialize(topic, headers, value);
        }
        byte[] bytes = calls.call("schema of " + value.getClass().getSimpleName() + " for " + topic, () -> {
            try {
                return inner.serialize(topic, headers, value);
            } catch (RuntimeException e) {
                throw RegistryFailures.isDefiniteRefusal(e) || !isRegistryFailure(e) ? e
                        : new SchemaRegistryUnavailableException("the schema registry could not answer for "
                                + topic + ": " + e.getMessage(), e);
            }
        });
        resolved.add(value.getClass());
        return bytes;
    }

    /** Apicurio wraps every failed registry call in a RuntimeException whose cause is the client's failure. */
    private static boolean isRegistryFailure(RuntimeException e) {
        return e.getClass() == RuntimeException.class && e.getCause() != null;
    }

    @Override
    public void close() {
        inner.close();
    }
}
