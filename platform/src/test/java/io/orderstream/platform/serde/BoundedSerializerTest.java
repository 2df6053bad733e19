package io.orderstream.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.kiota.ApiExceptionBuilder;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedSerializerTest {

    private final CountDownLatch never = new CountDownLatch(1);
    private final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void releaseHungCalls() {
        never.countDown();
    }

    private BoundedSerializer<String> serializer(Serializer<String> inner) {
        return new BoundedSerializer<>((topic, value) -> {
            calls.incrementAndGet();
            return inner.serialize(topic, value);
        }, new RegistryCalls(Duration.ofMillis(200)));
    }

    @Test
    void a_registry_that_does_not_answer_fails_the_write_transiently_within_the_limit() {
        var serializer = serializer((topic, value) -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new byte[0];
        });

        assertThatThrownBy(() -> serializer.serialize("t", "v"))
                .isInstanceOf(SchemaRegistryUnavailableException.class).isInstanceOf(RetriableException.class);
    }

    @Test
    void a_registry_that_cannot_be_reached_fails_the_write_transiently() {
        var serializer = serializer((topic, value) -> {
            throw new RuntimeException(new ConnectException("refused"));
        });

        assertThatThrownBy(() -> serializer.serialize("t", "v")).isInstanceOf(SchemaRegistryUnavailableException.class);
    }

    @Test
    void a_schema_the_registry_refuses_is_not_transient() {
        var serializer = serializer((topic, value) -> {
            throw new RuntimeException(new ApiExceptionBuilder().withMessage("incompatible")
                    .withResponseStatusCode(409).build());
        });

        assertThatThrownBy(() -> serializer.serialize("t", "v")).isNotInstanceOf(RetriableException.class);
    }

    @Test
    void after_the_first_value_of_a_class_values_are_written_on_the_caller_s_thread() {
        Thread caller = Thread.currentThread();
        AtomicInteger onCaller = new AtomicInteger();
        var serializer = serializer((topic, value) -> {
            if (Thread.currentThread() == caller) {
                onCaller.incrementAndGet();
            }
            return value.getBytes();
        });

        serializer.serialize("t", "first");
        serializer.serialize("t", "second");
        serializer.serialize("t", "third");

        assertThat(calls).hasValue(3);
        assertThat(onCaller).hasValue(2);
    }
}
