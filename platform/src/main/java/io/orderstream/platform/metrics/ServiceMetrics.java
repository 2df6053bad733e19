package io.orderstream.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The process's Micrometer registry, served as Prometheus text at {@code /observe/metrics}, with JVM
 * metrics and the Kafka client bindings. One per process, like Micrometer's own global registry.
 */
public final class ServiceMetrics {

    private static final PrometheusMeterRegistry REGISTRY = withJvmMetrics(
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

    private ServiceMetrics() {
    }

    private static PrometheusMeterRegistry withJvmMetrics(PrometheusMeterRegistry registry) {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    public static MeterRegistry registry() {
        return REGISTRY;
    }

    /** Every meter in the Prometheus text exposition format. */
    public static String scrape() {
        return REGISTRY.scrape();
    }

    public static void bind(KafkaStreams streams) {
        new KafkaStreamsMetrics(streams).bindTo(REGISTRY);
    }

    public static void bind(Producer<?, ?> producer) {
        new KafkaClientMetrics(producer).bindTo(REGISTRY);
    }

    public static void bind(Consumer<?, ?> consumer) {
        new KafkaClientMetrics(consumer).bindTo(REGISTRY);
    }
}
