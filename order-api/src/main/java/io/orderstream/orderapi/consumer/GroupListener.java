package io.orderstream.orderapi.consumer;

import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.serde.AvroSerdes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A consumer group shared by every instance, feeding one topic's values into the database batch by
 * batch. Offsets are committed only after the handler stored the batch, so it must be idempotent.
 */
public final class GroupListener {

    /** Stores one batch of values, in their order; tombstones are left out. */
    @FunctionalInterface
    public interface ValuesHandler<V> {
        void handle(List<V> values) throws Exception;
    }

    private GroupListener() {
    }

    public static <V extends SpecificRecord> ConsumerLoop<V> start(KafkaSettings settings, AvroSerdes serdes,
                                                                   String group, Topic<V> topic,
                                                                   ValuesHandler<V> handler) {
        Map<String, Object> config = KafkaClientConfigs.consumer(settings, group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.prefixed(group));
        Consumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                serdes.valueSerde(topic).deserializer());
        consumer.subscribe(List.of(settings.prefixed(topic.name())));
        ServiceMetrics.bind(consumer);
        return ConsumerLoop.start(group, consumer, ConsumerLoop.Offsets.COMMIT_AFTER_EACH_BATCH,
                records -> handler.handle(values(records)));
    }

    private static <V> List<V> values(ConsumerRecords<String, V> records) {
        return StreamSupport.stream(records.spliterator(), false)
                .map(ConsumerRecord::value)
                .filter(Objects::nonNull)
                .toList();
    }
}
