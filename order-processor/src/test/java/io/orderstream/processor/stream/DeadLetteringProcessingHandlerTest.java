package io.orderstream.processor.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.platform.serde.PoisonOnlyDeserializationHandler;
import io.orderstream.platform.serde.SchemaRegistryUnavailableException;
import io.orderstream.platform.serde.StreamsDeadLetters;
import io.orderstream.schemas.order.CancelOrder;
import io.orderstream.schemas.order.OrderCommand;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler.Result;
import org.apache.kafka.streams.errors.internals.DefaultErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class DeadLetteringProcessingHandlerTest {

    private static final TaskId TASK = new TaskId(0, 0);
    private static final KafkaSettings KAFKA = KafkaSettings.from(new Env(Map.of()));

    private final CurrentInputs inputs = new CurrentInputs();
    private final DeadLetteringProcessingHandler handler = new DeadLetteringProcessingHandler();
    private final OrderCommand command = new OrderCommand("c-1", "o-1", Instant.EPOCH, null, new CancelOrder(null), null);
    private final Record<String, OrderCommand> record = new Record<>("o-1", command, 5L);
    private final DefaultErrorHandlerContext context = new DefaultErrorHandlerContext(null, "orders.commands", 0, 7,
            new RecordHeaders(), "order-processor", TASK, 5L, null, null);

    {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "orders.commands.dlq",
                PoisonOnlyDeserializationHandler.SERVICE_CONFIG, "order-processor", CurrentInputs.CONFIG, inputs));
        inputs.processing(TASK, new CurrentInputs.Input(new StreamsDeadLetters.Origin("orders.commands", 0, 7, 5L,
                new RecordHeaders()), "o-1", command, new InputRecords(KAFKA, AvroSerdes.schemaless(),
                List.of(TopicCatalog.ORDER_COMMANDS))));
    }

    @Test
    void an_input_whose_processing_throws_is_dead_lettered_its_client_answered_and_processing_goes_on() {
        var response = handler.handleError(context, record, new IllegalStateException("a bug"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).extracting(ProducerRecord::topic)
                .containsExactly("orders.commands.dlq", KAFKA.prefixed(TopicCatalog.ORDER_COMMAND_RESULTS.name()));
        assertThat(response.deadLetterQueueRecords().getFirst().timestamp()).isEqualTo(5L);
    }

    @Test
    void a_transient_failure_fails_the_thread_and_dead_letters_nothing() {
        var response = handler.handleError(context, record,
                new org.apache.kafka.streams.errors.StreamsException(new SchemaRegistryUnavailableException("x", null)));

        assertThat(response.result()).isEqualTo(Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }
}
