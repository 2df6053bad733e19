package io.orderstream.processor.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.ApplyPayment;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderCreated;
import io.orderstream.schemas.order.OrderEvent;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderTopologyTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final KafkaSettings SETTINGS = KafkaSettings.from(new Env(Map.of()));
    private static final AvroSerdes SERDES = AvroSerdes.schemaless();

    private TopologyTestDriver driver;
    private TestInputTopic<String, OrderCommand> commands;
    private TestOutputTopic<String, OrderEvent> events;
    private TestOutputTopic<String, OrderState> snapshots;
    private TestOutputTopic<String, CommandResult> results;

    @BeforeEach
    void startTopology() {
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "order-processor-test");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(OrderTopology.build(SETTINGS, SERDES, Clock.fixed(NOW, ZoneOffset.UTC)), config);
        commands = driver.createInputTopic(TopicCatalog.ORDER_COMMANDS.name(), Serdes.String().serializer(),
                SERDES.valueSerde(TopicCatalog.ORDER_COMMANDS).serializer());
        events = output(TopicCatalog.ORDER_EVENTS);
        snapshots = output(TopicCatalog.ORDER_STATE);
        results = output(TopicCatalog.ORDER_COMMAND_RESULTS);
    }

    private <V extends SpecificRecord> TestOutputTopic<String, V> output(Topic<V> topic) {
        return driver.createOutputTopic(topic.name(), Serdes.String().deserializer(),
                SERDES.valueSerde(topic).deserializer());
    }

    @AfterEach
    void closeTopology() {
        driver.close();
    }

    private static OrderCommand create(String commandId, String orderId) {
        return command(commandId, orderId, new CreateOrder("a@b.com", "EUR",
                List.of(new OrderLine("SKU-1", "Mug", 2, 1250L)), false, null));
    }

    private static OrderCommand command(String commandId, String orderId, Object payload) {
        return new OrderCommand(commandId, orderId, NOW, null, payload);
    }

    @Test
    void a_created_order_emits_the_event_the_snapshot_and_an_accepted_result() {
        commands.pipeInput("o-1", create("c-1", "o-1"));

        OrderEvent event = events.readValue();
        assertThat(event.getPayload()).isInstanceOf(OrderCreated.class);
        assertThat(event.getEventId()).isEqualTo("o-1/1");
        assertThat(event.getCausationId()).isEqualTo("c-1");
        OrderState snapshot = snapshots.readValue();
        assertThat(snapshot.getStatus()).isEqualTo(OrderStatus.CREATED);
        assertThat(snapshot.getTotal()).isEqualTo(2500);
        assertThat(snapshot.getBalanceDue()).isEqualTo(2500);
        CommandResult result = results.readValue();
        assertThat(result.getOutcome()).isEqualTo(CommandOutcome.ACCEPTED);
        assertThat(result.getOrder()).isEqualTo(snapshot);
    }

    @Test
    void a_rejected_command_emits_only_its_result_with_the_reason() {
        commands.pipeInput("o-1", command("c-1", "o-1", new ApplyPayment("p-1", 1000L)));

        assertThat(events.isEmpty()).isTrue();
        assertThat(snapshots.isEmpty()).isTrue();
        CommandResult result = results.readValue();
        assertThat(result.getOutcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(result.getErrorCode()).isEqualTo("order_not_found");
    }

    @Test
    void the_state_store_carries_the_order_between_commands() {
        commands.pipeInput("o-1", create("c-1", "o-1"));
        commands.pipeInput("o-1", command("c-2", "o-1", new ApplyPayment("p-1", 1000L)));
        commands.pipeInput("o-1", command("c-3", "o-1", new ApplyPayment("p-1", 1000L)));
        commands.pipeInput("o-1", command("c-4", "o-1", new ApplyPayment("p-2", 1500L)));

        List<OrderState> states = snapshots.readValuesToList();
        assertThat(states).extracting(OrderState::getVersion).containsExactly(1L, 2L, 4L);
        assertThat(states.getLast().getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(states.getLast().getPaid()).isEqualTo(2500);
        assertThat(results.readValuesToList()).extracting(CommandResult::getOutcome).containsOnly(CommandOutcome.ACCEPTED);
    }

    @Test
    void orders_are_kept_apart_by_key() {
        commands.pipeInput("o-1", create("c-1", "o-1"));
        commands.pipeInput("o-2", create("c-2", "o-2"));

        assertThat(snapshots.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("o-1", "o-2");
        assertThat(driver.<String, OrderState>getKeyValueStore(OrderTopology.ORDER_STORE).approximateNumEntries())
                .isEqualTo(2);
    }
}
