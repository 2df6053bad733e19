package io.orderstream.platform.consumer;

import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.metrics.ServiceMetrics;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A consumer group shared by every instance, feeding one topic's values into PostgreSQL batch by batch. Each batch's
 * rows and the group's next offsets ({@link ConsumerOffsets}) are written in one transaction, and a partition
 * assigned to the group is read from its stored offset: whatever the database keeps or loses, the rows and the
 * position agree. Nothing is committed to Kafka. Records may be read twice, so writers must be idempotent.
 * See {@link StoredBatches} for what becomes of a record that cannot be read or stored.
 */
public final class GroupListener {

    /** Writes one batch of values, in their order, in the caller's transaction; tombstones are left out. */
    @FunctionalInterface
    public interface RowWriter<V> {
        void write(Connection connection, List<V> values) throws SQLException;
    }

    private GroupListener() {
    }

    public static <V extends SpecificRecord> ConsumerLoop start(ListenerContext context, String group, Topic<V> topic,
                                                                RowWriter<V> writer) {
        return start(context, group, topic, context.serdes().valueSerde(topic).deserializer(), writer);
    }

    /** The same, reading the values with {@code values} (a reader that shares what it decodes, say). */
    public static <V extends SpecificRecord> ConsumerLoop start(ListenerContext context, String group, Topic<V> topic,
                                                                Deserializer<V> values, RowWriter<V> writer) {
        Map<String, Object> config = KafkaClientConfigs.consumer(context.kafka(), group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, context.kafka().prefixed(group));
        Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        var offsets = new ConsumerOffsets(context.kafka().prefixed(group));
        var seeker = new StoredOffsetsSeeker(consumer, offsets, context.database());
        consumer.subscribe(List.of(context.kafka().prefixed(topic.name())), seeker);
        ServiceMetrics.bind(consumer);
        var batches = new StoredBatches<>(seeker, values, writer, offsets,
                context.database(), context.deadLetters(), context.kafka().prefixed(topic.deadLetterName()));
        return ConsumerLoop.start(group, consumer, batches);
    }
}
