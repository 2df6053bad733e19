package io.orderstream.fulfillment;

import io.orderstream.localstack.LocalStack;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.fulfillment.RequestedLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The fulfillment-mock against the shared local stack under a topic prefix of its own, with clients to send it
 * requests (good and garbage) and read what it answers.
 */
final class RunningFulfillmentMock implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofSeconds(60);

    final KafkaSettings kafka;
    private final Env env;
    private final KafkaProducer<String, FulfillmentRequest> requests;
    private final KafkaProducer<String, byte[]> rawRequests;
    private FulfillmentMockService service;

    /** Starts the service with the stack's addresses, a fresh topic prefix, any free port, and the given variables. */
    RunningFulfillmentMock(Map<String, String> variables) {
        this.env = environment(LocalStack.shared(), variables);
        this.kafka = KafkaSettings.from(env);
        this.requests = producer(AvroSerdes.registry(kafka).valueSerde(TopicCatalog.FULFILLMENT_REQUESTS).serializer());
        this.rawRequests = producer(new ByteArraySerializer());
        this.service = FulfillmentMockService.start(env);
    }

    void stop() {
        if (service != null) {
            service.close();
            service = null;
        }
    }

    /** Starts it again as the same instance: same topics, consumer group and transactional id. */
    void startAgain() {
        stop();
        service = FulfillmentMockService.start(env);
    }

    FulfillmentMockService service() {
        return service;
    }

    String requestsTopic() {
        return kafka.prefixed(TopicCatalog.FULFILLMENT_REQUESTS.name());
    }

    TopicReader<FulfillmentResult> readResults() {
        return new TopicReader<>(kafka, kafka.prefixed(TopicCatalog.FULFILLMENT_RESULTS.name()),
                AvroSerdes.registry(kafka).valueSerde(TopicCatalog.FULFILLMENT_RESULTS).deserializer());
    }

    TopicReader<byte[]> readDeadLetters() {
        return new TopicReader<>(kafka, requestsTopic() + ".dlq", (topic, bytes) -> bytes);
    }

    RecordMetadata send(FulfillmentRequest request) {
        return await(requests.send(new ProducerRecord<>(requestsTopic(), request.getOrderId(), request)));
    }

    RecordMetadata sendGarbage(String key, byte[] value) {
        return await(rawRequests.send(new ProducerRecord<>(requestsTopic(), key, value)));
    }

    static FulfillmentRequest request(String orderId, String requestId) {
        return FulfillmentRequest.newBuilder()
                .setRequestId(requestId)
                .setOrderId(orderId)
                .setAttempt(1)
                .setCurrency("EUR")
                .setTotal(2 * 1250 + 3 * 1999)
                .setLines(List.of(new RequestedLine("MUG", 2, 1250L), new RequestedLine("TEE", 3, 1999L)))
                .setRequestedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    HttpResponse<String> get(String path) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
        requests.close();
        rawRequests.close();
    }

    private static Env environment(LocalStack stack, Map<String, String> variables) {
        var all = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                "SCHEMA_REGISTRY_URL", stack.registryUrl(),
                "TOPIC_PREFIX", "fulfillment-it-" + UUID.randomUUID().toString().substring(0, 8) + ".",
                "TOPIC_PARTITIONS", "3",
                "FULFILLMENT_MOCK_PORT", "0"));
        all.putAll(variables);
        return new Env(all);
    }

    private <V> KafkaProducer<String, V> producer(Serializer<V> values) {
        return new KafkaProducer<>(KafkaClientConfigs.producer(kafka, "it-" + UUID.randomUUID()),
                new StringSerializer(), values);
    }

    private static RecordMetadata await(Future<RecordMetadata> sent) {
        try {
            return sent.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send a request", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
