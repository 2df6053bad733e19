package io.orderstream.orderapi.command;

import io.orderstream.platform.consumer.ConsumerLoop;
import io.orderstream.platform.consumer.Failures;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.platform.time.Deadline;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.order.CommandResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads orders.command-results into {@link PendingCommands}. Every instance reads every partition,
 * outside any consumer group, because the instance waiting for a result is the one that sent the
 * command, whatever partition its result lands on. It starts at the end: earlier results have no waiter.
 * A result is decoded only when this instance waits for a command of the order its record is keyed by (the
 * others' results, and those whose waiter gave up, are passed over as bytes), and not at all when this instance's
 * group {@code order-api-command-outcomes} decoded it already ({@link DecodedResults}).
 */
public final class CommandResultListener {

    static final String NAME = "order-api-command-results";
    private static final System.Logger LOG = System.getLogger(CommandResultListener.class.getName());
    private static final Duration PARTITIONS_TIMEOUT = Duration.ofSeconds(30);

    private CommandResultListener() {
    }

    /** A listener whose decoded results no other reader takes. */
    public static ConsumerLoop start(KafkaSettings settings, AvroSerdes serdes, PendingCommands pending) {
        return start(settings, serdes, pending, new DecodedResults(pending, 0));
    }

    /** A listener sharing what it decodes with this instance's outcomes group through {@code decoded}. */
    public static ConsumerLoop start(KafkaSettings settings, AvroSerdes serdes, PendingCommands pending,
                                     DecodedResults decoded) {
        Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(config(settings), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        Deserializer<CommandResult> results = serdes.valueSerde(TopicCatalog.ORDER_COMMAND_RESULTS).deserializer();
        try {
            assignFromEnd(consumer, settings.prefixed(TopicCatalog.ORDER_COMMAND_RESULTS.name()));
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
        ServiceMetrics.bind(consumer);
        return ConsumerLoop.start(NAME, consumer, (records, attempt) -> wake(records, pending, decoded, results));
    }

    /** Completes the waiters of these results; a result no waiter here can want is not decoded. */
    static void wake(Iterable<ConsumerRecord<byte[], byte[]>> records, PendingCommands pending,
                     DecodedResults decoded, Deserializer<CommandResult> results) {
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (pending.awaitsResultFor(orderId(record))) {
                read(decoded, results, record).ifPresent(pending::complete);
            }
        }
    }

    /** The order id the result is keyed by; null for a record without a key. */
    private static String orderId(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    /**
     * An unreadable result is skipped here: nobody can be told of it, and the group {@code order-api-command-outcomes}
     * dead-letters it. A registry that cannot answer is no reason to skip: the batch is read again after a backoff.
     */
    static Optional<CommandResult> read(DecodedResults decoded, Deserializer<CommandResult> results,
                                        ConsumerRecord<byte[], byte[]> record) {
        try {
            return Optional.ofNullable(decoded.forWaiter(results, record.topic(), record.headers(), record.value()));
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "skipping the unreadable command result at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Map<String, Object> config(KafkaSettings settings) {
        Map<String, Object> config = KafkaClientConfigs.consumer(settings, NAME);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.prefixed(NAME));
        return config;
    }

    private static void assignFromEnd(Consumer<byte[], byte[]> consumer, String topic) {
        List<TopicPartition> partitions = awaitPartitions(consumer, topic);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // seekToEnd is lazy: fix the positions now, before any command is sent, so no result can be skipped
        partitions.forEach(consumer::position);
    }

    /** A topic created a moment ago may not be in every broker's metadata yet. */
    private static List<TopicPartition> awaitPartitions(Consumer<byte[], byte[]> consumer, String topic) {
        TimeSource time = TimeSource.system();
        Deadline deadline = time.deadline(PARTITIONS_TIMEOUT);
        while (true) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            if (deadline.passed()) {
                throw new IllegalStateException("topic " + topic + " has no partitions after " + PARTITIONS_TIMEOUT);
            }
            time.pause(Duration.ofMillis(100));
        }
    }
}
