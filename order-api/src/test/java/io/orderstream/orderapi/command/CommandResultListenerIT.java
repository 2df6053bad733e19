package io.orderstream.orderapi.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.TestStack;
import io.orderstream.platform.consumer.ConsumerLoop;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.kafka.TopicProvisioner;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-memory waiter for command results on the real broker and registry. */
class CommandResultListenerIT {

    private static KafkaSettings kafka;
    private static AvroSerdes serdes;
    private static KafkaProducer<byte[], byte[]> producer;
    private static final PendingCommands PENDING = new PendingCommands();
    private static ConsumerLoop listener;

    @BeforeAll
    static void start() {
        kafka = KafkaSettings.from(TestStack.isolatedEnv("results"));
        new TopicProvisioner(kafka).createMissing(java.util.List.of(TopicCatalog.ORDER_COMMAND_RESULTS));
        serdes = AvroSerdes.registry(kafka);
        producer = new KafkaProducer<>(KafkaClientConfigs.producer(kafka, "results-test"), new ByteArraySerializer(),
                new ByteArraySerializer());
        listener = CommandResultListener.start(kafka, serdes, PENDING);
    }

    @AfterAll
    static void stop() {
        listener.close();
        producer.close();
    }

    @Test
    void a_poison_pill_among_the_results_is_skipped_and_the_waiter_after_it_is_answered() throws Exception {
        String topic = kafka.prefixed(TopicCatalog.ORDER_COMMAND_RESULTS.name());
        var waiting = PENDING.expect("command-after-the-poison");
        CommandResult result = CommandResult.newBuilder().setCommandId("command-after-the-poison")
                .setOrderId("order-1").setOutcome(CommandOutcome.ACCEPTED)
                .setOrder(OrderStates.created("order-1").build()).setProcessedAt(Instant.now()).build();

        producer.send(new ProducerRecord<>(topic, 0, "order-1".getBytes(StandardCharsets.UTF_8),
                "poison".getBytes(StandardCharsets.UTF_8))).get();
        producer.send(new ProducerRecord<>(topic, 0, "order-1".getBytes(StandardCharsets.UTF_8),
                serdes.valueSerde(TopicCatalog.ORDER_COMMAND_RESULTS).serializer().serialize(topic, result))).get();

        assertThat(waiting.get(30, TimeUnit.SECONDS).getCommandId()).isEqualTo("command-after-the-poison");
        assertThat(listener.isRunning()).isTrue();
    }

    @Test
    void a_waiter_is_answered_by_the_result_keyed_by_its_order_among_results_nobody_here_waits_for()
            throws Exception {
        String topic = kafka.prefixed(TopicCatalog.ORDER_COMMAND_RESULTS.name());
        var waiting = PENDING.expect("command-of-order-2", "order-2");
        var serializer = serdes.valueSerde(TopicCatalog.ORDER_COMMAND_RESULTS).serializer();

        for (String other : java.util.List.of("order-3", "order-4")) {
            CommandResult result = CommandResult.newBuilder().setCommandId("command-of-" + other).setOrderId(other)
                    .setOutcome(CommandOutcome.ACCEPTED).setProcessedAt(Instant.now()).build();
            producer.send(new ProducerRecord<>(topic, 0, other.getBytes(StandardCharsets.UTF_8),
                    serializer.serialize(topic, result))).get();
        }
        CommandResult result = CommandResult.newBuilder().setCommandId("command-of-order-2").setOrderId("order-2")
                .setOutcome(CommandOutcome.ACCEPTED).setOrder(OrderStates.created("order-2").build())
                .setProcessedAt(Instant.now()).build();
        producer.send(new ProducerRecord<>(topic, 1, "order-2".getBytes(StandardCharsets.UTF_8),
                serializer.serialize(topic, result))).get();

        assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo(result);
    }
}
