package io.orderstream.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.kiota.ApiExceptionBuilder;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassifyingDeserializerTest {

    private static final int SCHEMA = 7;
    private static final Deserializer<String> DECODES = (topic, bytes) -> "decoded";
    private final CountDownLatch never = new CountDownLatch(1);
    private final AtomicInteger lookups = new AtomicInteger();

    @AfterEach
    void releaseHungLookups() {
        never.countDown();
    }

    private static byte[] framed(int schemaId) {
        return ByteBuffer.allocate(6).put((byte) 0).putInt(schemaId).put((byte) 2).array();
    }

    private ClassifyingDeserializer<String> deserializer(ClassifyingDeserializer.SchemaLookup lookup,
                                                         Deserializer<String> decoder) {
        return new ClassifyingDeserializer<>(decoder, id -> {
            lookups.incrementAndGet();
            lookup.byContentId(id);
        }, new RegistryCalls(Duration.ofMillis(200)));
    }

    private static RuntimeException registryAnswered(int status) {
        // Apicurio's cache wraps the client's failure in a plain RuntimeException
        return new RuntimeException(new ApiExceptionBuilder().withMessage("status " + status)
                .withResponseStatusCode(status).build());
    }

    @Test
    void a_record_whose_schema_the_registry_gives_is_read() {
        assertThat(deserializer(id -> { }, DECODES).deserialize("t", framed(SCHEMA))).isEqualTo("decoded");
    }

    @Test
    void bytes_without_the_registry_framing_are_a_poison_pill() {
        var deserializer = deserializer(id -> { }, DECODES);

        assertThatThrownBy(() -> deserializer.deserialize("t", "not avro".getBytes()))
                .isInstanceOf(SerializationException.class).isNotInstanceOf(RetriableException.class);
        assertThat(lookups).hasValue(0);
    }

    @Test
    void a_registry_that_answers_500_is_transient_not_poison() {
        var deserializer = deserializer(id -> { throw registryAnswered(500); }, DECODES);

        assertThatThrownBy(() -> deserializer.deserialize("t", framed(SCHEMA)))
                .isInstanceOf(SchemaRegistryUnavailableException.class).isInstanceOf(RetriableException.class);
    }

    @Test
    void a_registry_that_cannot_be_reached_is_transient() {
        var deserializer = deserializer(id -> { throw new RuntimeException(new ConnectException("refused")); },
                DECODES);

        assertThatThrownBy(() -> deserializer.deserialize("t", framed(SCHEMA)))
                .isInstanceOf(SchemaRegistryUnavailableException.class);
    }

    @Test
    void a_registry_that_does_not_answer_within_the_limit_is_transient() {
        var deserializer = deserializer(id -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, DECODES);

        assertThatThrownBy(() -> deserializer.deserialize("t", framed(SCHEMA)))
                .isInstanceOf(SchemaRegistryUnavailableException.class).hasMessageContaining("did not answer");
    }

    @Test
    void a_schema_id_the_registry_does_not_have_is_a_poison_pill() {
        var deserializer = deserializer(id -> { throw registryAnswered(404); }, DECODES);

        assertThatThrownBy(() -> deserializer.deserialize("t", framed(SCHEMA)))
                .isInstanceOf(SerializationException.class).isNotInstanceOf(RetriableException.class);
    }

    @Test
    void bytes_that_do_not_decode_with_their_schema_are_a_poison_pill() {
        var deserializer = deserializer(id -> { }, (topic, bytes) -> {
            throw new IllegalStateException("truncated");
        });

        assertThatThrownBy(() -> deserializer.deserialize("t", framed(SCHEMA)))
                .isInstanceOf(SerializationException.class).isNotInstanceOf(RetriableException.class);
    }

    @Test
    void a_schema_is_looked_up_once_then_read_without_the_registry() {
        var deserializer = deserializer(id -> { }, DECODES);

        deserializer.deserialize("t", framed(SCHEMA));
        deserializer.deserialize("t", framed(SCHEMA));

        assertThat(lookups).hasValue(1);
    }

    @Test
    void a_schema_whose_lookup_failed_is_looked_up_again_next_time() {
        AtomicInteger failures = new AtomicInteger(1);
        var deserializer = deserializer(id -> {
            if (failures.getAndDecrement() > 0) {
                throw registryAnswered(503);
            }
        }, DECODES);

        assertThatThrownBy(() -> deserializer.deserialize("t", framed(SCHEMA)))
                .isInstanceOf(SchemaRegistryUnavailableException.class);
        assertThat(deserializer.deserialize("t", framed(SCHEMA))).isEqualTo("decoded");
    }
}
