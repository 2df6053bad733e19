package io.orderstream.localstack.testing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records to one topic with an idempotent producer, each send waited for. */
public final class TopicWriter<V> implements AutoCloseable {

    private final KafkaProducer<String, V> producer;
    private final String topic;
    private final Duration deadline;

    public TopicWriter(String bootstrapServers, String topic, Serializer<V> values, Duration deadline) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), values);
        this.topic = topic;
        this.deadline = deadline;
    }

    /** Where the record went; fails when the broker has not acknowledged it within the deadline. */
    public RecordMetadata send(String key, V value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value))
                    .get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send a record to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
