package io.orderstream.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.loop.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Result;
import org.apache.kafka.streams.errors.internals.DefaultErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class PoisonOnlyDeserializationHandlerTest {

    private final PoisonOnlyDeserializationHandler handler = new PoisonOnlyDeserializationHandler();
    private final ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("orders.commands", 1, 42,
            "o-1".getBytes(StandardCharsets.UTF_8), "garbage".getBytes(StandardCharsets.UTF_8));

    {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "orders.commands.dlq",
                PoisonOnlyDeserializationHandler.SERVICE_CONFIG, "order-processor"));
    }

    private static DefaultErrorHandlerContext context() {
        return new DefaultErrorHandlerContext(null, "orders.commands", 1, 42, new RecordHeaders(), "source",
                new TaskId(0, 1), -1, null, null);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void a_poison_pill_is_dead_lettered_with_the_platform_headers_and_processing_goes_on() {
        var response = handler.handleError(context(), record, new SerializationException("not avro"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(deadLetter -> {
            assertThat(deadLetter.topic()).isEqualTo("orders.commands.dlq");
            assertThat(deadLetter.value()).isEqualTo(record.value());
            assertThat(deadLetter.timestamp()).isNotNegative();
            assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo("orders.commands");
            assertThat(header(deadLetter, DeadLetterHeaders.OFFSET)).isEqualTo("42");
            assertThat(header(deadLetter, DeadLetterHeaders.SERVICE)).isEqualTo("order-processor");
            assertThat(header(deadLetter, DeadLetterHeaders.ATTEMPTS)).isEqualTo("1");
            assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION))
                    .isEqualTo(SerializationException.class.getName());
        });
    }

    @Test
    void a_registry_that_cannot_answer_fails_the_thread_and_dead_letters_nothing() {
        var response = handler.handleError(context(), record,
                new SchemaRegistryUnavailableException("registry answered 500", null));

        assertThat(response.result()).isEqualTo(Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }
}
