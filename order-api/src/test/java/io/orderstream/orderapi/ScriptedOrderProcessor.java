package io.orderstream.orderapi;

import io.orderstream.orderapi.consumer.ConsumerLoop;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderState;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the order-processor on the real topics: accepts every CreateOrder, publishing the snapshot on
 * orders.state and the result on orders.command-results. The real processor is tested in system-tests.
 */
public final class ScriptedOrderProcessor implements AutoCloseable {

    private final Producer<String, OrderState> states;
    private final Producer<String, CommandResult> results;
    private final ConsumerLoop<OrderCommand> commands;
    private final KafkaSettings settings;

    public ScriptedOrderProcessor(KafkaSettings settings) {
        this.settings = settings;
        AvroSerdes serdes = AvroSerdes.registry(settings);
        this.states = new KafkaProducer<>(KafkaClientConfigs.producer(settings, "test-processor-states"),
                new StringSerializer(), serdes.valueSerde(TopicCatalog.ORDER_STATE).serializer());
        this.results = new KafkaProducer<>(KafkaClientConfigs.producer(settings, "test-processor-results"),
                new StringSerializer(), serdes.valueSerde(TopicCatalog.ORDER_COMMAND_RESULTS).serializer());
        var consumer = new KafkaConsumer<>(KafkaClientConfigs.consumer(settings, "test-processor"),
                new StringDeserializer(), serdes.valueSerde(TopicCatalog.ORDER_COMMANDS).deserializer());
        consumer.subscribe(List.of(settings.prefixed(TopicCatalog.ORDER_COMMANDS.name())));
        this.commands = ConsumerLoop.start("test-processor", consumer,
                ConsumerLoop.Offsets.COMMIT_AFTER_EACH_BATCH, records -> records.forEach(r -> accept(r.value())));
    }

    /** Publishes a snapshot as the processor does after every change. */
    public void publish(OrderState state) {
        states.send(new ProducerRecord<>(settings.prefixed(TopicCatalog.ORDER_STATE.name()), state.getOrderId(),
                state));
        states.flush();
    }

    private void accept(OrderCommand command) {
        var create = (CreateOrder) command.getPayload();
        OrderState order = OrderStates.created(command.getOrderId())
                .setCustomerEmail(create.getCustomerEmail())
                .setCurrency(create.getCurrency())
                .setLines(create.getLines())
                .build();
        publish(order);
        results.send(new ProducerRecord<>(settings.prefixed(TopicCatalog.ORDER_COMMAND_RESULTS.name()),
                command.getOrderId(), CommandResult.newBuilder()
                .setCommandId(command.getCommandId())
                .setOrderId(command.getOrderId())
                .setOutcome(CommandOutcome.ACCEPTED)
                .setOrder(order)
                .setProcessedAt(Instant.now())
                .build()));
        results.flush();
    }

    @Override
    public void close() {
        commands.close();
        states.close();
        results.close();
    }
}
