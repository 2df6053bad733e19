package io.orderstream.dlq.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.io.JsonEncoder;

/** A generic Avro datum as Avro's own JSON encoding, pretty-printed (unions show as {@code {"type": value}}). */
final class AvroJson {

    private AvroJson() {
    }

    static String of(Schema schema, Object datum) {
        try {
            var out = new ByteArrayOutputStream();
            JsonEncoder encoder = EncoderFactory.get().jsonEncoder(schema, out, true);
            new GenericDatumWriter<>(schema).write(datum, encoder);
            encoder.flush();
            return out.toString(StandardCharsets.UTF_8) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
