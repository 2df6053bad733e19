package io.orderstream.localstack.bench;

import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.kafka.TopicCatalog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** What the broker tells: whether it answers, the order topics' end offsets, and a plain producer's rate against it. */
final class KafkaFigures implements AutoCloseable {

    static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaSettings kafka;
    private final Admin admin;

    KafkaFigures(KafkaSettings kafka) {
        this.kafka = kafka;
        var properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        this.admin = Admin.create(properties);
    }

    /** @throws IllegalStateException when the broker does not answer within a few seconds */
    void requireReachable() {
        try {
            admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new StackUnreachableException("Kafka at " + kafka.bootstrapServers() + " does not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackUnreachableException("interrupted while asking Kafka");
        }
    }

    /** The order pipeline's topics, as this deployment names them (the merchants topic aside). */
    List<String> pipelineTopics() {
        return TopicCatalog.ALL.stream().filter(topic -> topic != TopicCatalog.MERCHANTS).map(Topic::name)
                .map(kafka::prefixed).toList();
    }

    /** The sum of the end offsets of every partition of the topics that exist (transaction markers count too). */
    long endOffsets(List<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        List<String> present = topics.stream().filter(existing::contains).toList();
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(present).allTopicNames()
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).values().stream()
                .flatMap(description -> description.partitions().stream()
                        .map(partition -> new TopicPartition(description.name(), partition.partition())))
                .collect(Collectors.toMap(Function.identity(), ignored -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(latest).all()
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return offsets.values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
    }

    int partitionsOf(String topic) throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .get(topic).partitions().size();
    }

    /**
     * A plain producer (acks=all, idempotent, no transactions) sending records of the given size as fast as it can
     * for the duration, to a scratch topic with as many partitions as {@code orders.state}, created and deleted here.
     */
    RawRate rawProducerRate(int recordSize, int partitions, Duration duration)
            throws InterruptedException, ExecutionException, TimeoutException {
        String topic = kafka.prefixed("bench.raw-producer-" + UUID.randomUUID().toString().substring(0, 8));
        admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all()
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return produce(topic, recordSize, duration);
        } finally {
            admin.deleteTopics(List.of(topic)).all().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private RawRate produce(String topic, int recordSize, Duration duration) {
        var properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-raw-producer");
        byte[] value = new byte[recordSize];
        ThreadLocalRandom.current().nextBytes(value);
        var acknowledged = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (var producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (long sequence = 0; System.nanoTime() < end; sequence++) {
                byte[] key = ("bench-raw-" + sequence % 10_000).getBytes();
                producer.send(new ProducerRecord<>(topic, key, value), (metadata, failure) -> {
                    if (failure == null) {
                        acknowledged.incrementAndGet();
                    }
                });
            }
            producer.flush();
            return new RawRate(acknowledged.get(), System.nanoTime() - start, recordSize);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
