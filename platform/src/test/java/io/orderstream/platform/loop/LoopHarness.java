package io.orderstream.platform.loop;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A {@link TransactionalLoop} over mock clients that reads numbers from topic {@code in} and answers
 * {@code "answer <n>"} on topic {@code out}; text that is no number cannot be deserialized, a negative number is
 * rejected by the handler.
 */
final class LoopHarness implements AutoCloseable {

    static final String INPUT = "in";
    static final String OUTPUT = "out";
    static final TopicPartition PARTITION = new TopicPartition(INPUT, 0);

    final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    final List<ProcessedBatch<String>> committedBatches = Collections.synchronizedList(new ArrayList<>());
    private final Queue<ScriptedProducer> scriptedProducers = new ConcurrentLinkedQueue<>();
    private final List<ScriptedProducer> producers = Collections.synchronizedList(new ArrayList<>());
    private TransactionalLoop<Integer, String> loop;

    /** The next producers the loop asks for; after these, plain ones. */
    LoopHarness withProducers(ScriptedProducer... next) {
        scriptedProducers.addAll(List.of(next));
        return this;
    }

    TransactionalLoop<Integer, String> start() {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(PARTITION));
            consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        });
        loop = TransactionalLoop.builder(settings(), new MockClients(), numbers(), text())
                .handler(record -> {
                    if (record.value() < 0) {
                        throw new IllegalArgumentException("negative: " + record.value());
                    }
                    return List.of(new ProducerRecord<>(OUTPUT, record.key(), "answer " + record.value()));
                })
                .listener(committedBatches::add)
                .build()
                .start();
        return loop;
    }

    /** Delivers the records in the loop's next poll, at the given offsets of partition 0. */
    void deliver(long firstOffset, String... values) {
        consumer.schedulePollTask(() -> {
            for (int i = 0; i < values.length; i++) {
                consumer.addRecord(record(firstOffset + i, values[i]));
            }
        });
    }

    ScriptedProducer producer(int index) {
        return producers.get(index);
    }

    int producersCreated() {
        return producers.size();
    }

    ScriptedProducer currentProducer() {
        return producers.getLast();
    }

    void awaitCommits(long commits) {
        Await.until(commits + " commit(s)", () -> !producers.isEmpty() && currentProducer().commitCount() >= commits);
    }

    static ConsumerRecord<byte[], byte[]> record(long offset, String value) {
        return new ConsumerRecord<>(INPUT, 0, offset, utf8("order-" + offset), utf8(value));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (loop != null) {
            loop.close();
        }
    }

    private static LoopSettings settings() {
        return LoopSettings.defaults("test-service", "1", INPUT)
                .withPollTimeout(Duration.ofMillis(10))
                .withRetryBackoff(Duration.ofMillis(10));
    }

    private static Deserializer<Integer> numbers() {
        return (topic, bytes) -> Integer.parseInt(text(bytes));
    }

    private static Serializer<String> text() {
        return (topic, value) -> utf8(value);
    }

    private final class MockClients implements LoopClients {
        @Override
        public Consumer<byte[], byte[]> consumer() {
            return consumer;
        }

        @Override
        public Producer<byte[], byte[]> producer() {
            ScriptedProducer next = scriptedProducers.poll();
            ScriptedProducer producer = next != null ? next : new ScriptedProducer();
            producers.add(producer);
            return producer;
        }
    }
}
