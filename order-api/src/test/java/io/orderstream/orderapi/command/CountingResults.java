package io.orderstream.orderapi.command;

import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.CommandResult;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;

/** Command results as records of orders.command-results, read by a deserializer that counts its decodes. */
final class CountingResults implements Deserializer<CommandResult> {

    static final String TOPIC = "orders.command-results";
    private static final Serde<CommandResult> SERDE = AvroSerdes.schemaless()
            .valueSerde(TopicCatalog.ORDER_COMMAND_RESULTS);

    private final AtomicInteger decoded = new AtomicInteger();

    /** The result of {@code commandId} for {@code orderId}, keyed by the order id as the order-processor writes it. */
    static ConsumerRecord<byte[], byte[]> record(long offset, String commandId, String orderId) {
        CommandResult result = CommandResult.newBuilder(PendingCommandsTest.resultOf(commandId)).setOrderId(orderId).build();
        return new ConsumerRecord<>(TOPIC, 0, offset, orderId.getBytes(StandardCharsets.UTF_8),
                SERDE.serializer().serialize(TOPIC, result));
    }

    @Override
    public CommandResult deserialize(String topic, byte[] value) {
        decoded.incrementAndGet();
        return SERDE.deserializer().deserialize(topic, value);
    }

    int decoded() {
        return decoded.get();
    }
}
