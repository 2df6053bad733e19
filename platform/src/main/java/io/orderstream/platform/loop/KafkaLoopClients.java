package io.orderstream.platform.loop;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.metrics.ServiceMetrics;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The real clients: consumer group {@code <prefix><service>}, transactional id {@code <prefix><service>-<instance id>},
 * both bound to the service's metrics.
 */
public final class KafkaLoopClients implements LoopClients {

    private final KafkaSettings kafka;
    private final LoopSettings loop;
    private KafkaClientMetrics producerMetrics;

    public KafkaLoopClients(KafkaSettings kafka, LoopSettings loop) {
        this.kafka = kafka;
        this.loop = loop;
    }

    @Override
    public Consumer<byte[], byte[]> consumer() {
        Map<String, Object> config = KafkaClientConfigs.consumer(kafka, loop.service());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, kafka.prefixed(loop.transactionalId()));
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, loop.maxRecordsPerTransaction());
        var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        ServiceMetrics.bind(consumer);
        return consumer;
    }

    @Override
    public Producer<byte[], byte[]> producer() {
        Map<String, Object> config = KafkaClientConfigs.producer(kafka, loop.transactionalId());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, kafka.prefixed(loop.transactionalId()));
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) loop.transactionTimeout().toMillis());
        var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        bindMetrics(producer);
        return producer;
    }

    /** A replaced producer's meters go with it. */
    private void bindMetrics(Producer<byte[], byte[]> producer) {
        if (producerMetrics != null) {
            producerMetrics.close();
        }
        producerMetrics = new KafkaClientMetrics(producer);
        producerMetrics.bindTo(ServiceMetrics.registry());
    }
}
