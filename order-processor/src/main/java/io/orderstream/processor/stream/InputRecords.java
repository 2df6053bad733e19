package io.orderstream.processor.stream;

import io.orderstream.platform.codes.RejectionCode;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderCommand;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The bytes of the processor's inputs, for the records written when an input cannot be processed: the input itself
 * (to the dead-letter topic) and, for a client's command, the failure answer its client waits for.
 */
final class InputRecords implements AutoCloseable {

    /** The code of the answer to a command that could not be processed at all. */
    static final String COMMAND_FAILED = RejectionCode.COMMAND_FAILED.code();

    private final Map<Class<?>, Serializer<SpecificRecord>> serializers;
    private final Serializer<CommandResult> results;
    private final String resultsTopic;

    @SuppressWarnings("unchecked")
    InputRecords(KafkaSettings kafka, AvroSerdes serdes, List<Topic<?>> inputs) {
        this.serializers = inputs.stream().collect(Collectors.toMap(Topic::valueType,
                topic -> (Serializer<SpecificRecord>) serdes.valueSerde(topic).serializer()));
        this.results = serdes.valueSerde(TopicCatalog.ORDER_COMMAND_RESULTS).serializer();
        this.resultsTopic = kafka.prefixed(TopicCatalog.ORDER_COMMAND_RESULTS.name());
    }

    byte[] key(String key) {
        return key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    byte[] value(String topic, SpecificRecord value) {
        return serializers.get(value.getClass()).serialize(topic, value);
    }

    /** For a client's command, the answer that it failed, as a record to write; nothing for any other input. */
    List<ProducerRecord<byte[], byte[]>> failureAnswer(SpecificRecord value, Exception failure, Instant now) {
        if (!(value instanceof OrderCommand command)) {
            return List.of();
        }
        return List.of(new ProducerRecord<>(resultsTopic, null, now.toEpochMilli(), key(command.getOrderId()),
                results.serialize(resultsTopic, failureResult(command, failure, now))));
    }

    /** The answer to a command that could not be processed at all: {@link #COMMAND_FAILED}. */
    static CommandResult failureResult(OrderCommand command, Exception failure, Instant now) {
        return CommandResult.newBuilder()
                .setCommandId(command.getCommandId())
                .setOrderId(command.getOrderId())
                .setProcessedAt(now)
                .setOutcome(CommandOutcome.REJECTED)
                .setErrorCode(COMMAND_FAILED)
                .setErrorMessage("The command could not be processed (" + failure.getClass().getSimpleName()
                        + "); it was set aside for an operator.")
                .build();
    }

    /** Closes the serializers: their registry clients must not outlive the service. */
    @Override
    public void close() {
        serializers.values().forEach(Serializer::close);
        results.close();
    }
}
