package io.orderstream.platform.metrics;

import io.helidon.metrics.api.Metrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;

/** The Micrometer registry behind Helidon's /observe/metrics, and the Kafka client bindings. */
public final class ServiceMetrics {

    private ServiceMetrics() {
    }

    public static MeterRegistry registry() {
        return Metrics.globalRegistry().unwrap(MeterRegistry.class);
    }

    public static void bind(KafkaStreams streams) {
        new KafkaStreamsMetrics(streams).bindTo(registry());
    }

    public static void bind(Producer<?, ?> producer) {
        new KafkaClientMetrics(producer).bindTo(registry());
    }

    public static void bind(Consumer<?, ?> consumer) {
        new KafkaClientMetrics(consumer).bindTo(registry());
    }
}
