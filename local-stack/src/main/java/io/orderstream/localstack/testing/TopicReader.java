package io.orderstream.localstack.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic from its beginning, committed records only, and waits for the records a test expects. */
public final class TopicReader<V> implements AutoCloseable {

    private final KafkaConsumer<String, V> consumer;
    private final List<ConsumerRecord<String, V>> seen = new ArrayList<>();

    /** Assigns itself every partition of the topic, without a consumer group: it never commits. */
    public TopicReader(String bootstrapServers, String topic, Deserializer<V> values) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), values);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    public ConsumerRecord<String, V> awaitOne(Predicate<ConsumerRecord<String, V>> matching, Duration deadline) {
        return await(1, matching, deadline).getFirst();
    }

    /** The first {@code count} records that match, in the order read; fails when they are not there in time. */
    public List<ConsumerRecord<String, V>> await(int count, Predicate<ConsumerRecord<String, V>> matching,
                                                 Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            List<ConsumerRecord<String, V>> matches = seen.stream().filter(matching).toList();
            if (matches.size() >= count) {
                return matches.subList(0, count);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError(matches.size() + " of " + count + " expected records within " + deadline);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    /** Reads every record committed so far, so that {@link #seen} tells what is there and what is not. */
    public void readToEnd(Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        while (ends.entrySet().stream().anyMatch(last -> consumer.position(last.getKey()) < last.getValue())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("could not read to the end within " + deadline);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    /** Every matching record read so far. */
    public List<ConsumerRecord<String, V>> seen(Predicate<ConsumerRecord<String, V>> matching) {
        return seen.stream().filter(matching).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
