package io.orderstream.platform.serde;

import io.orderstream.platform.kafka.Topic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Avro binary without a registry: writer and reader share the generated class's schema. */
final class SchemalessAvroSerdes implements AvroSerdes {

    @Override
    public <V extends SpecificRecord> Serde<V> valueSerde(Topic<V> topic) {
        var writer = new SpecificDatumWriter<>(topic.valueType());
        var reader = new SpecificDatumReader<>(topic.valueType());
        return Serdes.serdeFrom(
                (ignoredTopic, value) -> value == null ? null : write(writer, value),
                (ignoredTopic, bytes) -> bytes == null ? null : read(reader, bytes));
    }

    private static <V> byte[] write(SpecificDatumWriter<V> writer, V value) {
        try {
            var out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writer.write(value, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <V> V read(SpecificDatumReader<V> reader, byte[] bytes) {
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
