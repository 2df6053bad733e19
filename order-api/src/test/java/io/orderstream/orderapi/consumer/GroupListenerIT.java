package io.orderstream.orderapi.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.Eventually;
import io.orderstream.orderapi.FailingDataSource;
import io.orderstream.orderapi.OrderApi;
import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.TestStack;
import io.orderstream.orderapi.command.ClientOutcome;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.command.CommandKind;
import io.orderstream.orderapi.store.CommandLog;
import io.orderstream.orderapi.store.OrderEventLog;
import io.orderstream.orderapi.store.OrderProjection;
import io.orderstream.orderapi.store.OrderReadModel;
import io.orderstream.orderapi.store.ReadModelListeners;
import io.orderstream.orderapi.view.OrderEventView;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.consumer.ConsumerLoop;
import io.orderstream.platform.consumer.ConsumerLoopReadiness;
import io.orderstream.platform.consumer.ConsumerOffsets;
import io.orderstream.platform.consumer.DeadLetters;
import io.orderstream.platform.consumer.GroupListener;
import io.orderstream.platform.consumer.ListenerContext;
import io.orderstream.platform.consumer.StoredBatches;
import io.orderstream.platform.db.Database;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.kafka.TopicProvisioner;
import io.orderstream.platform.loop.DeadLetterHeaders;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderCreated;
import io.orderstream.schemas.order.OrderEvent;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import io.orderstream.schemas.order.PaymentApplied;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * order-api's consumer groups on the real broker, registry and PostgreSQL: where their offsets live, what a restart
 * or a kill does, and the consumer policy for records that cannot be read or stored.
 */
class GroupListenerIT {

    private static final Duration ASYNC = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    private static KafkaSettings kafka;
    private static Database database;
    private static AvroSerdes serdes;
    /** One serializer a topic, as a service has: each resolves its schema with the registry once. */
    private static final Map<Topic<?>, Serializer<?>> SERIALIZERS = new ConcurrentHashMap<>();
    private static DeadLetters deadLetters;
    private static KafkaProducer<byte[], byte[]> producer;

    private final List<ConsumerLoop> started = new ArrayList<>();
    private final String orderId = "order-" + UUID.randomUUID();

    @BeforeAll
    static void start() {
        Env env = TestStack.isolatedEnv("listeners");
        kafka = KafkaSettings.from(env);
        new TopicProvisioner(kafka).createMissing(TopicCatalog.ALL);
        database = Database.connect(env, "listeners").migrate();
        serdes = AvroSerdes.registry(kafka);
        // as the service does: registered up front with retries, so no test's first send waits on a registration
        serdes.registerAll(OrderApi.TOPICS, AvroSerdes.REGISTRATION_TIMEOUT);
        deadLetters = DeadLetters.connect(kafka, "order-api");
        producer = new KafkaProducer<>(KafkaClientConfigs.producer(kafka, "listeners-test"), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    @AfterAll
    static void stop() {
        producer.close();
        deadLetters.close();
        database.close();
    }

    @AfterEach
    void closeListeners() {
        started.forEach(ConsumerLoop::close);
    }

    // ---- offsets live with the rows ----

    @Test
    void events_whose_commit_postgresql_lost_with_its_offsets_are_read_again_after_a_restart() throws Exception {
        ConsumerLoop listener = eventsListener(database.dataSource());
        send(TopicCatalog.ORDER_EVENTS, orderId, event(1), event(2));
        awaitVersions(1, 2);
        Map<TopicPartition, Long> beforeTheLostCommit = storedOffsets(ReadModelListeners.ORDER_EVENTS);
        send(TopicCatalog.ORDER_EVENTS, orderId, event(3), event(4));
        awaitVersions(1, 2, 3, 4);
        listener.close();

        loseEverythingAfter(beforeTheLostCommit, ReadModelListeners.ORDER_EVENTS, 2);
        assertThat(history()).extracting(OrderEventView::version).containsExactly(1L, 2L);
        eventsListener(database.dataSource());

        awaitVersions(1, 2, 3, 4);
    }

    @Test
    void without_stored_offsets_a_group_reads_its_topic_again_from_the_beginning() throws Exception {
        ConsumerLoop listener = eventsListener(database.dataSource());
        send(TopicCatalog.ORDER_EVENTS, orderId, event(1), event(2), event(3));
        awaitVersions(1, 2, 3);
        listener.close();

        loseEverythingAfter(Map.of(), ReadModelListeners.ORDER_EVENTS, 0);
        eventsListener(database.dataSource());

        awaitVersions(1, 2, 3);
    }

    @Test
    void a_listener_killed_between_writing_rows_and_committing_loses_nothing_and_applies_nothing_twice()
            throws Exception {
        var log = new OrderEventLog(database.dataSource());
        var batches = new AtomicInteger();
        ConsumerLoop killed = listener(ReadModelListeners.ORDER_EVENTS, TopicCatalog.ORDER_EVENTS,
                database.dataSource(), (connection, events) -> {
                    log.appendAll(connection, events);
                    if (events.stream().anyMatch(e -> e.getOrderId().equals(orderId) && e.getVersion() == 2)) {
                        throw new Killed(); // the process dies with the rows written, nothing committed
                    }
                    batches.incrementAndGet();
                });
        send(TopicCatalog.ORDER_EVENTS, orderId, event(1));
        awaitVersions(1);
        send(TopicCatalog.ORDER_EVENTS, orderId, event(2), event(3));
        Eventually.await(ASYNC, killed::isRunning, running -> !running);
        assertThat(history()).extracting(OrderEventView::version).containsExactly(1L);

        eventsListener(database.dataSource());
        send(TopicCatalog.ORDER_EVENTS, orderId, event(4));

        awaitVersions(1, 2, 3, 4);
        assertThat(eventRows()).isEqualTo(4);
    }

    // ---- poison pills ----

    @Test
    void an_unreadable_snapshot_goes_to_orders_state_dlq_and_the_orders_after_it_are_read() throws Exception {
        started.add(ReadModelListeners.orderStates(context(database.dataSource()),
                new OrderProjection(database.dataSource())));

        RecordMetadata poison = sendRaw(TopicCatalog.ORDER_STATE, "poison".getBytes(StandardCharsets.UTF_8));
        send(TopicCatalog.ORDER_STATE, orderId, 0, OrderStates.created(orderId).build());

        awaitOrder(orderId);
        assertDeadLettered(poison, TopicCatalog.ORDER_STATE, "1");
    }

    @Test
    void an_unreadable_event_goes_to_orders_events_dlq_and_the_events_after_it_are_read() throws Exception {
        eventsListener(database.dataSource());

        RecordMetadata poison = sendRaw(TopicCatalog.ORDER_EVENTS, "poison".getBytes(StandardCharsets.UTF_8));
        send(TopicCatalog.ORDER_EVENTS, orderId, 0, event(1));

        awaitVersions(1);
        assertDeadLettered(poison, TopicCatalog.ORDER_EVENTS, "1");
    }

    @Test
    void an_unreadable_command_result_goes_to_its_dlq_and_the_outcomes_after_it_are_stored() throws Exception {
        var commands = new CommandLog(database.dataSource());
        var ids = new CommandIds("command-" + UUID.randomUUID(), orderId);
        commands.record(ids, CommandKind.CREATE_ORDER);
        started.add(ReadModelListeners.commandOutcomes(context(database.dataSource()), commands));

        RecordMetadata poison = sendRaw(TopicCatalog.ORDER_COMMAND_RESULTS, new byte[] {0, 0, 0, 0});
        send(TopicCatalog.ORDER_COMMAND_RESULTS, orderId, 0, CommandResult.newBuilder()
                .setCommandId(ids.commandId()).setOrderId(orderId)
                .setOutcome(CommandOutcome.ACCEPTED)
                .setOrder(OrderStates.created(orderId).build()).setProcessedAt(T0).build());

        Eventually.await(ASYNC, () -> commands.find(ids.commandId()).orElseThrow().outcome(),
                outcome -> outcome instanceof ClientOutcome.Succeeded);
        assertDeadLettered(poison, TopicCatalog.ORDER_COMMAND_RESULTS, "1");
    }

    @Test
    void a_snapshot_postgresql_refuses_is_dead_lettered_and_the_next_orders_on_its_partition_become_readable()
            throws Exception {
        started.add(ReadModelListeners.orderStates(context(database.dataSource()),
                new OrderProjection(database.dataSource())));
        String refused = "refused-" + UUID.randomUUID();
        String next = "next-" + UUID.randomUUID();

        RecordMetadata nul = send(TopicCatalog.ORDER_STATE, refused, 0,
                OrderStates.created(refused).setLines(List.of(new OrderLine("SKU-1", "M\u0000ug", 1, 100L))).build());
        send(TopicCatalog.ORDER_STATE, next, 0, OrderStates.created(next).build());

        awaitOrder(next);
        ConsumerRecord<byte[], byte[]> deadLetter = assertDeadLettered(nul, TopicCatalog.ORDER_STATE,
                String.valueOf(StoredBatches.WHOLE_BATCH_ATTEMPTS + 1));
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).contains("PSQLException");
        assertThat(new OrderReadModel(database.dataSource()).find(refused, null)).isEmpty();
    }

    // ---- the infrastructure's failures ----

    @Test
    void a_database_outage_is_retried_until_it_ends_dead_letters_nothing_and_reports_the_listener_stuck()
            throws Exception {
        var flaky = new FailingDataSource(database.dataSource());
        ConsumerLoop listener = eventsListener(flaky.dataSource());
        var readiness = new ConsumerLoopReadiness(listener, Duration.ofMillis(500), Clock.systemUTC());
        send(TopicCatalog.ORDER_EVENTS, orderId, event(1));
        awaitVersions(1);

        flaky.failEverything();
        RecordMetadata during = send(TopicCatalog.ORDER_EVENTS, orderId, 0, event(2));
        Eventually.await(ASYNC, () -> readiness.call().status().name(), status -> status.equals("DOWN"));
        Eventually.await(ASYNC, () -> listener.stall().map(ConsumerLoop.Stall::failures).orElse(0),
                failures -> failures > StoredBatches.WHOLE_BATCH_ATTEMPTS + 1); // tried alone too, not dead-lettered
        flaky.heal();

        awaitVersions(1, 2);
        Eventually.await(ASYNC, () -> readiness.call().status().name(), status -> status.equals("UP"));
        assertThat(deadLetterOf(during, TopicCatalog.ORDER_EVENTS, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void a_listener_started_while_the_database_is_away_reads_from_its_stored_offsets_once_it_answers()
            throws Exception {
        ConsumerLoop first = eventsListener(database.dataSource());
        send(TopicCatalog.ORDER_EVENTS, orderId, event(1));
        awaitVersions(1);
        first.close();
        var flaky = new FailingDataSource(database.dataSource()).failEverything();

        ConsumerLoop listener = eventsListener(flaky.dataSource());
        send(TopicCatalog.ORDER_EVENTS, orderId, event(2));
        Eventually.await(ASYNC, listener::stall, java.util.Optional::isPresent);
        flaky.heal();

        awaitVersions(1, 2);
        assertThat(listener.isRunning()).isTrue();
    }

    // ---- helpers ----

    /** An unchecked stand-in for the process dying: nothing after it runs, no rollback is issued. */
    private static final class Killed extends Error {
    }

    private static ListenerContext context(javax.sql.DataSource dataSource) {
        return new ListenerContext(kafka, serdes, dataSource, deadLetters);
    }

    private ConsumerLoop eventsListener(javax.sql.DataSource dataSource) {
        var loop = ReadModelListeners.orderEvents(context(dataSource), new OrderEventLog(dataSource));
        started.add(loop);
        return loop;
    }

    private <V extends SpecificRecord> ConsumerLoop listener(String group, Topic<V> topic,
                                                             javax.sql.DataSource dataSource,
                                                             GroupListener.RowWriter<V> writer) {
        var loop = GroupListener.start(context(dataSource), group, topic, writer);
        started.add(loop);
        return loop;
    }

    private OrderEvent event(long version) {
        Object payload = version == 1
                ? new OrderCreated("a@b.com", "EUR", List.of(new OrderLine("SKU-1", "Mug", 2, 1250L)), 2500L, false)
                : new PaymentApplied("p-" + version, 100L);
        return OrderEvent.newBuilder().setEventId(orderId + "/" + version).setOrderId(orderId).setVersion(version)
                .setOccurredAt(T0.plusSeconds(version)).setCausationId("command-" + version).setPayload(payload)
                .build();
    }

    @SafeVarargs
    private <V extends SpecificRecord> void send(Topic<V> topic, String key, V... values) throws Exception {
        for (V value : values) {
            send(topic, key, null, value);
        }
    }

    private <V extends SpecificRecord> RecordMetadata send(Topic<V> topic, String key, Integer partition, V value)
            throws Exception {
        String name = kafka.prefixed(topic.name());
        @SuppressWarnings("unchecked") // each topic's serializer is made for that topic's value type
        Serializer<V> serializer = (Serializer<V>) SERIALIZERS.computeIfAbsent(topic,
                ignored -> serdes.valueSerde(topic).serializer());
        return producer.send(new ProducerRecord<>(name, partition, key.getBytes(StandardCharsets.UTF_8),
                serializer.serialize(name, value))).get();
    }

    private RecordMetadata sendRaw(Topic<?> topic, byte[] value) throws Exception {
        return producer.send(new ProducerRecord<>(kafka.prefixed(topic.name()), 0,
                "poison".getBytes(StandardCharsets.UTF_8), value)).get();
    }

    private List<OrderEventView> history() throws SQLException {
        return new OrderEventLog(database.dataSource()).history(orderId);
    }

    private void awaitVersions(Long... versions) throws Exception {
        Eventually.await(ASYNC, () -> history().stream().map(OrderEventView::version).toList(),
                seen -> seen.equals(List.of(versions)));
    }

    private void awaitVersions(int... versions) throws Exception {
        awaitVersions(java.util.Arrays.stream(versions).mapToObj(v -> (long) v).toArray(Long[]::new));
    }

    private static void awaitOrder(String id) throws Exception {
        Eventually.await(ASYNC, () -> new OrderReadModel(database.dataSource()).find(id, null), Optional::isPresent);
    }

    private int eventRows() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM order_events WHERE order_id = ?")) {
            count.setString(1, orderId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static Map<TopicPartition, Long> storedOffsets(String group) throws SQLException {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT topic, partition, next_offset FROM consumer_offsets WHERE consumer_group = ?")) {
            select.setString(1, kafka.prefixed(group));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    offsets.put(new TopicPartition(rows.getString(1), rows.getInt(2)), rows.getLong(3));
                }
            }
        }
        return offsets;
    }

    /** As if PostgreSQL lost every commit after the offsets were these: later events and later offsets go. */
    private void loseEverythingAfter(Map<TopicPartition, Long> offsets, String group, long lastKeptVersion)
            throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement events = connection.prepareStatement(
                    "DELETE FROM order_events WHERE order_id = ? AND version > ?");
                 PreparedStatement forget = connection.prepareStatement(
                         "DELETE FROM consumer_offsets WHERE consumer_group = ?")) {
                events.setString(1, orderId);
                events.setLong(2, lastKeptVersion);
                events.executeUpdate();
                forget.setString(1, kafka.prefixed(group));
                forget.executeUpdate();
            }
            new ConsumerOffsets(kafka.prefixed(group)).save(connection, offsets);
            connection.commit();
        }
    }

    private ConsumerRecord<byte[], byte[]> assertDeadLettered(RecordMetadata original, Topic<?> topic,
                                                             String attempts) throws Exception {
        ConsumerRecord<byte[], byte[]> deadLetter = deadLetterOf(original, topic, ASYNC)
                .orElseThrow(() -> new AssertionError("no dead letter of " + original + " in " + topic.deadLetterName()));
        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(original.topic());
        assertThat(header(deadLetter, DeadLetterHeaders.PARTITION)).isEqualTo(String.valueOf(original.partition()));
        assertThat(header(deadLetter, DeadLetterHeaders.SERVICE)).isEqualTo("order-api");
        assertThat(header(deadLetter, DeadLetterHeaders.ATTEMPTS)).isEqualTo(attempts);
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).isNotBlank();
        return deadLetter;
    }

    /** The dead letter of the record at that position, if one comes within {@code wait}. */
    private static Optional<ConsumerRecord<byte[], byte[]>> deadLetterOf(RecordMetadata original, Topic<?> topic,
                                                                         Duration wait) {
        var config = KafkaClientConfigs.consumer(kafka, "dlq-reader-" + UUID.randomUUID());
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            String name = kafka.prefixed(topic.deadLetterName());
            var partitions = consumer.partitionsFor(name).stream()
                    .map(info -> new TopicPartition(name, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(wait);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (original.topic().equals(header(record, DeadLetterHeaders.TOPIC))
                            && String.valueOf(original.partition()).equals(header(record, DeadLetterHeaders.PARTITION))
                            && String.valueOf(original.offset()).equals(header(record, DeadLetterHeaders.OFFSET))) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
