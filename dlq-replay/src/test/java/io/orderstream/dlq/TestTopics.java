package io.orderstream.dlq;

import io.orderstream.localstack.LocalStack;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.kafka.TopicProvisioner;
import io.orderstream.platform.loop.DeadLetterHeaders;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.ApplyPayment;
import io.orderstream.schemas.order.OrderCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * orders.commands and its dead-letter topic under a topic prefix of their own on the shared local stack (two
 * partitions each), with ways to dead-letter records as the platform's loop does and to read what arrives.
 */
final class TestTopics implements AutoCloseable {

    static final String DLQ = TopicCatalog.ORDER_COMMANDS.deadLetterName();
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    final Env env;
    final KafkaSettings kafka;
    private final KafkaProducer<byte[], byte[]> deadLetterWriter;

    TestTopics() {
        LocalStack stack = LocalStack.shared();
        String prefix = "dlq-it-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        env = new Env(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                "SCHEMA_REGISTRY_URL", stack.registryUrl(),
                "TOPIC_PREFIX", prefix,
                "TOPIC_PARTITIONS", "2",
                "ORDER_PROCESSOR_PORT", "0",
                "STATE_DIR", Path.of("target", "state", prefix).toAbsolutePath().toString()));
        kafka = KafkaSettings.from(env);
        new TopicProvisioner(kafka).createMissing(List.of(TopicCatalog.ORDER_COMMANDS));
        deadLetterWriter = transactionalProducer("dead-letter-writer");
        deadLetterWriter.initTransactions();
    }

    String commands() {
        return kafka.prefixed(TopicCatalog.ORDER_COMMANDS.name());
    }

    String deadLetters() {
        return kafka.prefixed(DLQ);
    }

    /** A command in the Confluent wire format, its schema registered as the services register it. */
    byte[] avroCommand(String orderId) {
        OrderCommand command = OrderCommand.newBuilder()
                .setCommandId("cmd-" + orderId)
                .setOrderId(orderId)
                .setIssuedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setPayload(ApplyPayment.newBuilder().setPaymentId("pay-" + orderId).setAmount(1250L).build())
                .build();
        try (var serde = AvroSerdes.registry(kafka).valueSerde(TopicCatalog.ORDER_COMMANDS)) {
            return serde.serializer().serialize(commands(), command);
        }
    }

    /** Dead-letters a record of orders.commands as the platform's loop does: in a transaction, with every header. */
    DeadLetterAt deadLetter(int partition, String key, byte[] value, Instant lastFailure, String message) {
        var headers = new RecordHeaders();
        headers.add("traceparent", utf8("00-" + key + "-01"));
        headers.add(DeadLetterHeaders.EXCEPTION, utf8("io.orderstream.payment.GatewayException"));
        headers.add(DeadLetterHeaders.MESSAGE, utf8(message));
        headers.add(DeadLetterHeaders.STACKTRACE, utf8("io.orderstream.payment.GatewayException: " + message
                + "\n\tat io.orderstream.Worker.charge(Worker.java:42)"));
        headers.add(DeadLetterHeaders.TOPIC, utf8(commands()));
        headers.add(DeadLetterHeaders.PARTITION, utf8("1"));
        headers.add(DeadLetterHeaders.OFFSET, utf8("7"));
        headers.add(DeadLetterHeaders.SERVICE, utf8("order-processor"));
        headers.add(DeadLetterHeaders.ATTEMPTS, utf8("3"));
        headers.add(DeadLetterHeaders.FIRST_FAILURE, utf8(lastFailure.minusSeconds(60).toString()));
        headers.add(DeadLetterHeaders.LAST_FAILURE, utf8(lastFailure.toString()));
        deadLetterWriter.beginTransaction();
        var sent = deadLetterWriter.send(new ProducerRecord<>(deadLetters(), partition, null, utf8(key), value, headers));
        deadLetterWriter.commitTransaction();
        RecordMetadata metadata = await(sent);
        return new DeadLetterAt(metadata.partition(), metadata.offset(), key);
    }

    DeadLetterAt deadLetter(int partition, String key) {
        return deadLetter(partition, key, avroCommand(key), Instant.now(), "charge failed: code=payment_declined");
    }

    void sendRawCommand(String key, byte[] value) {
        try (var producer = new KafkaProducer<>(KafkaClientConfigs.producer(kafka, "it-raw"), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            await(producer.send(new ProducerRecord<>(commands(), utf8(key), value)));
        }
    }

    /** Every committed record of the topic now, read to its end. */
    List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = readerOf(topic)) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
            return pollUntil(consumer, topic, records -> ends.entrySet().stream()
                    .allMatch(end -> consumer.position(end.getKey()) >= end.getValue()));
        }
    }

    /** Reads the topic from its start until it holds at least {@code count} records. */
    List<ConsumerRecord<byte[], byte[]>> awaitRecords(String topic, int count) {
        try (KafkaConsumer<byte[], byte[]> consumer = readerOf(topic)) {
            return pollUntil(consumer, topic, records -> records.size() >= count);
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> pollUntil(KafkaConsumer<byte[], byte[]> consumer, String topic,
                                                         Predicate<List<ConsumerRecord<byte[], byte[]>>> done) {
        var records = new ArrayList<ConsumerRecord<byte[], byte[]>>();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!done.test(records)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("read " + records.size() + " records of " + topic + ", not what was expected, within " + DEADLINE);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    private KafkaConsumer<byte[], byte[]> readerOf(String topic) {
        var consumer = new KafkaConsumer<>(KafkaClientConfigs.consumer(kafka, "it-reader-" + UUID.randomUUID()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** What the replay group committed; empty when it never committed. */
    Map<TopicPartition, OffsetAndMetadata> replayProgress() {
        try (Admin admin = Admin.create(KafkaClientConfigs.admin(kafka))) {
            return admin.listConsumerGroupOffsets(kafka.prefixed("dlq-replay." + DLQ))
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A producer with the replay's own transactional id, as a replay that is about to be killed holds it. */
    KafkaProducer<byte[], byte[]> replayersProducer() {
        return transactionalProducer("dlq-replay." + DLQ);
    }

    @Override
    public void close() {
        deadLetterWriter.close(Duration.ofSeconds(5));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private KafkaProducer<byte[], byte[]> transactionalProducer(String transactionalId) {
        Map<String, Object> config = KafkaClientConfigs.producer(kafka, transactionalId + "-" + UUID.randomUUID());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, kafka.prefixed(transactionalId));
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static RecordMetadata await(java.util.concurrent.Future<RecordMetadata> sent) {
        try {
            return sent.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where a dead letter was written. */
    record DeadLetterAt(int partition, long offset, String key) {

        String address() {
            return partition + ":" + offset;
        }
    }
}
