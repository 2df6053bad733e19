package io.orderstream.platform.loop;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.platform.serde.SchemaRegistryUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A {@link TransactionalLoop} over mock clients that reads numbers from topic {@code in} (and its retry tiers) and
 * answers {@code "answer <n>"} on topic {@code out}; text that is no number cannot be deserialized, a negative number
 * is rejected by the handler, and a number from 900 to 999 fails retryably (reason {@code flaky}). Its clock stands
 * still until the test moves it. It commits once no record is being handled (its commit interval is a minute), unless
 * a test sets other {@link #withSettings settings}.
 */
final class LoopHarness implements AutoCloseable {

    static final String INPUT = "in";
    static final String OUTPUT = "out";
    static final TopicPartition PARTITION = new TopicPartition(INPUT, 0);

    final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    final List<ProcessedBatch<String>> committedBatches = Collections.synchronizedList(new ArrayList<>());
    final TestClock clock = new TestClock();
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    /** How many more times reading {@link #NEEDS_REGISTRY} fails as if the schema registry were down. */
    final AtomicInteger registryOutages = new AtomicInteger();
    final AtomicInteger registryFailuresSeen = new AtomicInteger();
    /** A value whose reading needs the schema registry; read, it is 42. */
    static final String NEEDS_REGISTRY = "needs-registry";
    private final Queue<ScriptedProducer> scriptedProducers = new ConcurrentLinkedQueue<>();
    private final List<ScriptedProducer> producers = Collections.synchronizedList(new ArrayList<>());
    private RetryTiers retryTiers = RetryTiers.none();
    private RecordHandler<Integer, String> handler = LoopHarness::answer;
    private UnaryOperator<LoopSettings> tuning = UnaryOperator.identity();
    private int inputPartitions = 1;
    private TransactionalLoop<Integer, String> loop;

    /** The next producers the loop asks for; after these, plain ones. */
    LoopHarness withProducers(ScriptedProducer... next) {
        scriptedProducers.addAll(List.of(next));
        return this;
    }

    LoopHarness withRetryTiers(Duration... backoffs) {
        retryTiers = new RetryTiers(List.of(backoffs));
        return this;
    }

    /** Settings over the harness's own. */
    LoopHarness withSettings(UnaryOperator<LoopSettings> tuning) {
        this.tuning = tuning;
        return this;
    }

    /** Partitions 0 to {@code partitions - 1} of the input topic; 1 unless told. */
    LoopHarness withInputPartitions(int partitions) {
        this.inputPartitions = partitions;
        return this;
    }

    LoopHarness withHandler(RecordHandler<Integer, String> handler) {
        this.handler = handler;
        return this;
    }

    RetryTopics retryTopics() {
        return new RetryTopics(INPUT, retryTiers);
    }

    /** Partition 0 of every tier and the input topic's partitions, each read from offset 0. */
    TransactionalLoop<Integer, String> start() {
        List<TopicPartition> partitions = new ArrayList<>(retryTopics().subscription().stream()
                .map(topic -> new TopicPartition(topic, 0)).toList());
        for (int partition = 1; partition < inputPartitions; partition++) {
            partitions.add(new TopicPartition(INPUT, partition));
        }
        consumer.schedulePollTask(() -> {
            consumer.rebalance(partitions);
            Map<TopicPartition, Long> beginnings = new HashMap<>();
            partitions.forEach(partition -> beginnings.put(partition, 0L));
            consumer.updateBeginningOffsets(beginnings);
        });
        loop = TransactionalLoop.builder(settings(), new MockClients(), numbers(), text())
                .handler(handler)
                .listener(committedBatches::add)
                .metrics(metrics)
                .clock(clock)
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

    /** Delivers the records in the loop's next poll, at the given offsets of the input topic's partition. */
    void deliver(int partition, long firstOffset, String... values) {
        consumer.schedulePollTask(() -> {
            for (int i = 0; i < values.length; i++) {
                consumer.addRecord(record(partition, firstOffset + i, values[i]));
            }
        });
    }

    /** Delivers the record in the loop's next poll, or once its partition is resumed. */
    void deliver(ConsumerRecord<byte[], byte[]> record) {
        consumer.schedulePollTask(() -> consumer.addRecord(record));
    }

    /** Delivers what the loop sent to a retry tier, as the broker would: at the given offset of its partition 0. */
    void deliverSent(ProducerRecord<byte[], byte[]> sent, long offset) {
        deliver(new ConsumerRecord<>(sent.topic(), 0, offset, sent.timestamp() == null ? 0 : sent.timestamp(),
                TimestampType.CREATE_TIME, 0, 0, sent.key(), sent.value(), sent.headers(), Optional.empty()));
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

    /** Until the loop has committed that many batches and told its listeners, which it does after each commit. */
    void awaitCommits(long commits) {
        Await.until(commits + " commit(s)", () -> committedBatches.size() >= commits);
    }

    /** The records sent to a topic in committed transactions, oldest first. */
    List<ProducerRecord<byte[], byte[]>> sentTo(String topic) {
        return currentProducer().history().stream().filter(sent -> sent.topic().equals(topic)).toList();
    }

    static ConsumerRecord<byte[], byte[]> record(long offset, String value) {
        return new ConsumerRecord<>(INPUT, 0, offset, utf8("order-" + offset), utf8(value));
    }

    /** Keyed {@code order-<partition>-<offset>}. */
    static ConsumerRecord<byte[], byte[]> record(int partition, long offset, String value) {
        return new ConsumerRecord<>(INPUT, partition, offset, utf8("order-" + partition + "-" + offset), utf8(value));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return HeaderText.read(record.headers(), name).orElse(null);
    }

    @Override
    public void close() {
        if (loop != null) {
            loop.close();
        }
    }

    private static List<ProducerRecord<String, String>> answer(ConsumerRecord<String, Integer> record)
            throws RetryableException {
        int number = record.value();
        if (number < 0) {
            throw new IllegalArgumentException("negative: " + number);
        }
        if (number >= 900 && number <= 999) {
            throw new RetryableException("flaky", "cannot answer " + number + " yet");
        }
        return List.of(new ProducerRecord<>(OUTPUT, record.key(), "answer " + number));
    }

    private LoopSettings settings() {
        return tuning.apply(LoopSettings.defaults("test-service", "1", INPUT)
                .withPollTimeout(Duration.ofMillis(10))
                .withAbortBackoff(Duration.ofMillis(10))
                .withRetryTiers(retryTiers)
                .withCommitInterval(Duration.ofMinutes(1)));
    }

    private Deserializer<Integer> numbers() {
        return (topic, bytes) -> {
            if (!NEEDS_REGISTRY.equals(text(bytes))) {
                return Integer.parseInt(text(bytes));
            }
            if (registryOutages.getAndDecrement() > 0) {
                registryFailuresSeen.incrementAndGet();
                throw new SchemaRegistryUnavailableException("registry answered 500", null);
            }
            return 42;
        };
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
