package io.orderstream.platform.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.loop.DeadLetterRecords;
import io.orderstream.platform.metrics.ServiceMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends records a service's consumers cannot store to {@code <topic>.dlq}, as consumed and with the platform's
 * dead-letter headers ({@link DeadLetterRecords}), and waits for the broker's acknowledgement: the consumer advances
 * its offset past a record only after its dead letter is written. A crash in between sends it again on restart.
 */
public final class DeadLetters implements AutoCloseable {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<byte[], byte[]> producer;
    private final String service;
    private final MeterRegistry meters;
    private final Clock clock;

    DeadLetters(Producer<byte[], byte[]> producer, String service, MeterRegistry meters, Clock clock) {
        this.producer = producer;
        this.service = service;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * An idempotent producer of dead letters, owned by the returned object.
     *
     * @param service the service named in the dead letters' headers ({@code order-api}, {@code billing-scheduler})
     */
    public static DeadLetters connect(KafkaSettings settings, String service) {
        var config = KafkaClientConfigs.producer(settings, service + "-dead-letters");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, SEND_TIMEOUT.toMillis());
        Producer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer());
        ServiceMetrics.bind(producer);
        return new DeadLetters(producer, service, ServiceMetrics.registry(), Clock.systemUTC());
    }

    /**
     * Writes the record to {@code topic} (the dead-letter topic beside its own, prefixed as the broker knows it) and
     * waits until it is acknowledged.
     *
     * @param reason one of {@code FailedRecord}'s reasons, counted in {@code orderstream.records.dead_lettered}
     */
    public void send(String topic, ConsumerRecord<byte[], byte[]> record, Exception failure,
                     ConsumerLoop.Attempt attempt, String reason) throws Exception {
        var deadLetter = DeadLetterRecords.of(record, topic, failure, service, attempt.number(),
                attempt.firstFailure(), clock.instant());
        try {
            producer.send(deadLetter).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : new KafkaException(e.getCause());
        } catch (TimeoutException e) {
            throw new org.apache.kafka.common.errors.TimeoutException("dead letter to " + topic + " not acknowledged"
                    + " within " + SEND_TIMEOUT, e);
        }
        DeadLetterRecords.count(meters, record, reason);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
