package io.orderstream.localstack.bench;

import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.FulfillmentOutcome;
import io.orderstream.schemas.order.OrderState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches {@code orders.state} ({@code read_committed}, from its end when the run starts, no consumer group) for the
 * run's orders — those of its customer — and keeps the first snapshot of each in a final status, timed when seen.
 * It reads what every reader of the snapshots reads, so order-api is not polled.
 */
final class TerminalOrders implements AutoCloseable {

    /** Apicurio's registry client warns through java.util.logging that it uses a shared Vert.x: not the user's concern. */
    private static final java.util.logging.Logger APICURIO = quiet("io.apicurio");

    private final KafkaConsumer<String, OrderState> consumer;
    private final String customerEmail;
    private final Map<String, Terminal> terminals = new ConcurrentHashMap<>();
    private final AtomicLong valueBytes = new AtomicLong();
    private final AtomicLong values = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    TerminalOrders(KafkaSettings kafka, String customerEmail) {
        this.customerEmail = customerEmail;
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-orders-watcher");
        this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                AvroSerdes.registry(kafka).valueSerde(TopicCatalog.ORDER_STATE).deserializer());
        try {
            fromTheEnd(kafka.prefixed(TopicCatalog.ORDER_STATE.name()));
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
        this.thread = Thread.ofPlatform().name("bench-orders-watcher").daemon().start(this::poll);
    }

    private void fromTheEnd(String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        if (partitions.isEmpty()) {
            throw new StackUnreachableException("the topic " + topic + " does not exist (is TOPIC_PREFIX right?)");
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(partition -> consumer.position(partition, Duration.ofSeconds(10))); // the end as of now
    }

    private static java.util.logging.Logger quiet(String name) {
        var logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    Map<String, Terminal> terminals() {
        return terminals;
    }

    long closedCount() {
        return terminals.values().stream().filter(terminal -> terminal.kind().closed()).count();
    }

    /** The mean serialized size of the snapshots seen (every order's, not only the run's); 0 before the first. */
    int meanValueSize() {
        long count = values.get();
        return count == 0 ? 0 : (int) (valueBytes.get() / count);
    }

    private void poll() {
        try {
            while (running) {
                try {
                    consumer.poll(Duration.ofMillis(200)).forEach(this::seen);
                } catch (RecordDeserializationException unreadable) {
                    consumer.seek(unreadable.topicPartition(), unreadable.offset() + 1);
                }
            }
        } catch (WakeupException stopping) {
            // close() woke it
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void seen(ConsumerRecord<String, OrderState> record) {
        long now = System.nanoTime();
        OrderState state = record.value();
        if (state == null) {
            return;
        }
        values.incrementAndGet();
        valueBytes.addAndGet(record.serializedValueSize());
        if (!customerEmail.equals(state.getCustomerEmail())) {
            return;
        }
        Terminal.Kind kind = switch (state.getStatus()) {
            case CLOSED -> state.getFulfillment() != null && state.getFulfillment().getOutcome() == FulfillmentOutcome.FAILED
                    ? Terminal.Kind.CLOSED_FULFILLMENT_FAILED : Terminal.Kind.CLOSED;
            case CANCELLED -> Terminal.Kind.CANCELLED;
            case REJECTED -> Terminal.Kind.REJECTED;
            default -> null;
        };
        if (kind != null) {
            terminals.putIfAbsent(state.getOrderId(), new Terminal(kind, now));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(5));
    }
}
