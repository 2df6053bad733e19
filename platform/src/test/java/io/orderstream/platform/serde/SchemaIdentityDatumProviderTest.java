package io.orderstream.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

class SchemaIdentityDatumProviderTest {

    private final SchemaIdentityDatumProvider<Object> provider = new SchemaIdentityDatumProvider<>();

    private static PaymentRequest request() {
        return PaymentRequest.newBuilder().setRequestId("r-1").setOrigin(PaymentOrigin.INVOICE).setOriginId("inv-1")
                .setCustomerId("c-1").setAmount(1_250).setCurrency("EUR").setIdempotencyKey("invoice/inv-1/charge")
                .setRequestedAt(Instant.parse("2026-12-01T00:00:00Z")).build();
    }

    private byte[] written(Object record, Schema schema) throws IOException {
        var bytes = new ByteArrayOutputStream();
        Encoder encoder = EncoderFactory.get().directBinaryEncoder(bytes, null);
        provider.createDatumWriter(record, schema).write(record, encoder);
        encoder.flush();
        return bytes.toByteArray();
    }

    @Test
    void the_same_schema_object_gets_the_same_writer_and_reader_every_time() {
        Schema schema = PaymentRequest.getClassSchema();

        assertThat(provider.createDatumWriter(request(), schema)).isSameAs(provider.createDatumWriter(request(), schema));
        assertThat(provider.createDatumReader(schema)).isSameAs(provider.createDatumReader(schema));
    }

    @Test
    void a_record_written_is_read_back_as_its_generated_class() throws IOException {
        byte[] bytes = written(request(), PaymentRequest.getClassSchema());

        Object read = provider.createDatumReader(PaymentRequest.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes, null));

        assertThat(read).isInstanceOf(PaymentRequest.class).isEqualTo(request());
    }

    @Test
    void an_equal_schema_in_another_object_as_the_registry_gives_it_reads_into_the_generated_class() throws IOException {
        Schema fromRegistry = new Schema.Parser().parse(PaymentRequest.getClassSchema().toString());
        byte[] bytes = written(request(), fromRegistry);

        Object read = provider.createDatumReader(fromRegistry).read(null, DecoderFactory.get().binaryDecoder(bytes, null));

        assertThat(read).isEqualTo(request());
    }

    @Test
    void a_record_this_build_has_no_class_for_is_refused() {
        Schema unknown = SchemaBuilder.record("io.orderstream.schemas.payment.Unheard").fields()
                .requiredString("id").endRecord();

        assertThatThrownBy(() -> provider.createDatumReader(unknown))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unheard");
    }
}
