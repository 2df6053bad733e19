package io.orderstream.processor.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.loop.DeadLetterHeaders;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.platform.serde.PoisonOnlyDeserializationHandler;
import io.orderstream.platform.serde.SchemaRegistryUnavailableException;
import io.orderstream.platform.serde.StreamsDeadLetters;
import io.orderstream.schemas.order.ApplyPayment;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderCommand;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.errors.internals.DefaultErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetteringProductionHandlerTest {

    private static final TaskId TASK = new TaskId(0, 1);
    private static final KafkaSettings KAFKA = KafkaSettings.from(new Env(Map.of()));
    private static final AvroSerdes SERDES = AvroSerdes.schemaless();

    private final CurrentInputs inputs = new CurrentInputs();
    private final DeadLetteringProductionHandler handler = new DeadLetteringProductionHandler();
    private final OrderCommand command = new OrderCommand("c-1", "o-1", Instant.EPOCH, null,
            new ApplyPayment("p-1", 100L), null);
    private final StreamsDeadLetters.Origin origin = new StreamsDeadLetters.Origin("orders.commands", 1, 42, -1,
            new RecordHeaders());
    private final ProducerRecord<byte[], byte[]> output = new ProducerRecord<>("orders.state", new byte[0]);

    {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "orders.commands.dlq",
                PoisonOnlyDeserializationHandler.SERVICE_CONFIG, "order-processor", CurrentInputs.CONFIG, inputs));
        inputs.processing(TASK, new CurrentInputs.Input(origin, "o-1", command, new InputRecords(KAFKA, SERDES,
                List.of(TopicCatalog.ORDER_COMMANDS))));
    }

    private static DefaultErrorHandlerContext changelogContext() {
        // what Kafka Streams gives for a state store's changelog write: no record context at all
        return new DefaultErrorHandlerContext(null, null, -1, -1, new RecordHeaders(), null, TASK, -1, null, null);
    }

    @Test
    void a_record_too_large_quarantines_the_input_to_be_dead_lettered_when_read_again() {
        var response = handler.handleError(changelogContext(), output, new RecordTooLargeException("1.2 MB"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).isEmpty(); // the transaction cannot commit anything
        assertThat(inputs.release(origin)).get().isInstanceOf(RecordTooLargeException.class);
    }

    @Test
    void a_value_that_cannot_be_serialized_dead_letters_the_input_with_a_valid_timestamp_and_answers_its_client() {
        var response = handler.handleSerializationError(changelogContext(), output,
                new SerializationException("null in a non-null field"), SerializationExceptionOrigin.VALUE);

        assertThat(response.result()).isEqualTo(Result.RESUME);
        var records = response.deadLetterQueueRecords();
        assertThat(records).extracting(ProducerRecord::topic)
                .containsExactly("orders.commands.dlq", KAFKA.prefixed(TopicCatalog.ORDER_COMMAND_RESULTS.name()));
        var deadLetter = records.getFirst();
        assertThat(deadLetter.timestamp()).isPositive();
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("o-1");
        assertThat(SERDES.valueSerde(TopicCatalog.ORDER_COMMANDS).deserializer()
                .deserialize("orders.commands", deadLetter.value())).isEqualTo(command);
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.OFFSET).value(),
                StandardCharsets.UTF_8)).isEqualTo("42");
        CommandResult answer = SERDES.valueSerde(TopicCatalog.ORDER_COMMAND_RESULTS).deserializer()
                .deserialize("r", records.get(1).value());
        assertThat(answer.getOutcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(answer.getErrorCode()).isEqualTo("command_failed");
    }

    @Test
    void the_input_is_dead_lettered_once_however_many_of_its_outputs_fail() {
        handler.handleSerializationError(changelogContext(), output, new SerializationException("first"),
                SerializationExceptionOrigin.VALUE);

        var second = handler.handleSerializationError(changelogContext(), output, new SerializationException("2nd"),
                SerializationExceptionOrigin.VALUE);

        assertThat(second.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void a_registry_that_cannot_answer_fails_the_thread_to_read_the_input_again() {
        var response = handler.handleSerializationError(changelogContext(), output,
                new SchemaRegistryUnavailableException("500", null), SerializationExceptionOrigin.VALUE);

        assertThat(response.result()).isEqualTo(Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }
}
