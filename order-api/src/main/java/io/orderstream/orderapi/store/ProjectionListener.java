package io.orderstream.orderapi.store;

import io.orderstream.orderapi.consumer.ConsumerLoop;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.OrderState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Feeds orders.state into the {@link OrderProjection}. The instances share the consumer group
 * {@code order-api-projection}; offsets are committed only after the batch is in the database.
 */
public final class ProjectionListener {

    public static final String GROUP = "order-api-projection";

    private ProjectionListener() {
    }

    public static ConsumerLoop<OrderState> start(KafkaSettings settings, AvroSerdes serdes,
                                                 OrderProjection projection) {
        Map<String, Object> config = KafkaClientConfigs.consumer(settings, GROUP);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.prefixed(GROUP));
        Consumer<String, OrderState> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                serdes.valueSerde(TopicCatalog.ORDER_STATE).deserializer());
        consumer.subscribe(List.of(settings.prefixed(TopicCatalog.ORDER_STATE.name())));
        ServiceMetrics.bind(consumer);
        return ConsumerLoop.start(GROUP, consumer, ConsumerLoop.Offsets.COMMIT_AFTER_EACH_BATCH,
                records -> projection.applyAll(snapshots(records)));
    }

    /** Tombstones are skipped: orders are never deleted from the read model. */
    private static List<OrderState> snapshots(ConsumerRecords<String, OrderState> records) {
        return StreamSupport.stream(records.spliterator(), false)
                .map(ConsumerRecord::value)
                .filter(Objects::nonNull)
                .toList();
    }
}
