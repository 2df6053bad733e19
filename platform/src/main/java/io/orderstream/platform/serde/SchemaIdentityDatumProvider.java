package io.orderstream.platform.serde;

import io.apicurio.registry.serde.avro.AvroDatumProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Apicurio's datum provider without its per-record cost: the default one keys its writers and readers by
 * {@code SchemaNormalization.parsingFingerprint64}, which walks and hashes the whole schema on every serialize and
 * deserialize (44 % of order-processor's CPU in a profile). The schemas it is given are the registry client's cached
 * objects (and the generated classes' {@code SCHEMA$}), the same object for every record of a schema, so this one
 * keys them by identity: one lookup of an identity hash per record.
 *
 * <p>Readers decode into the generated class named by the writer's schema, as the default provider does with
 * {@code apicurio.registry.use-specific-avro-reader}.
 */
public final class SchemaIdentityDatumProvider<T> implements AvroDatumProvider<T> {

    /** A schema object is replaced only when the registry client refreshes its cache (a day); the bound is a guard. */
    private static final int MAX_CACHED = 1_000;

    private final Map<SchemaIdentity, DatumWriter<T>> writers = new ConcurrentHashMap<>();
    private final Map<SchemaIdentity, DatumReader<T>> readers = new ConcurrentHashMap<>();

    @Override
    public DatumWriter<T> createDatumWriter(T data, Schema schema) {
        return cached(writers, schema, SpecificDatumWriter::new);
    }

    @Override
    public DatumReader<T> createDatumReader(Schema writerSchema) {
        return cached(readers, writerSchema, writer -> new SpecificDatumReader<>(writer, readerSchema(writer)));
    }

    @Override
    public Schema toSchema(T data) {
        if (data instanceof GenericContainer record) {
            return record.getSchema();
        }
        throw new IllegalArgumentException("only Avro records are written here, not " + data.getClass().getName());
    }

    private static <V> V cached(Map<SchemaIdentity, V> cache, Schema schema, Function<Schema, V> create) {
        SchemaIdentity key = new SchemaIdentity(schema);
        V cachedValue = cache.get(key);
        if (cachedValue != null) {
            return cachedValue;
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        return cache.computeIfAbsent(key, identity -> create.apply(identity.schema()));
    }

    /** The generated class's schema for the record the writer wrote; a record this build does not know is refused. */
    private static Schema readerSchema(Schema writer) {
        Class<?> type = SpecificData.get().getClass(writer);
        if (type == null) {
            throw new IllegalArgumentException("Could not find class " + writer.getFullName()
                    + " specified in writer's schema whilst finding reader's schema for a SpecificRecord.");
        }
        return SpecificData.get().getSchema(type);
    }

    /** A schema compared by identity: equal objects, not equal schemas (whose equals and hash walk the schema). */
    private record SchemaIdentity(Schema schema) {

        @Override
        public boolean equals(Object other) {
            return other instanceof SchemaIdentity that && that.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }
}
