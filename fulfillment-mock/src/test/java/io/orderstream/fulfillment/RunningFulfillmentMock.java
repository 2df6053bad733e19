package io.orderstream.fulfillment;

import io.orderstream.localstack.testing.RegisteredSchemas;
import io.orderstream.localstack.testing.StackService;
import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.localstack.testing.TopicWriter;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.fulfillment.RequestedLine;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The fulfillment-mock against the shared local stack under a topic prefix of its own, with clients to send it
 * requests (good and garbage) and read what it answers.
 */
final class RunningFulfillmentMock implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofSeconds(60);

    final KafkaSettings kafka;
    private final TopicWriter<FulfillmentRequest> requests;
    private final TopicWriter<byte[]> rawRequests;
    private final StackService<FulfillmentMockService> service;

    /** Starts the service with the stack's addresses, a fresh topic prefix, any free port, and the given variables. */
    RunningFulfillmentMock(Map<String, String> variables) {
        Env env = new Env(StackService.variables("fulfillment", Map.of("FULFILLMENT_MOCK_PORT", "0"), variables));
        this.kafka = KafkaSettings.from(env);
        this.requests = writer(AvroSerdes.registry(kafka).valueSerde(TopicCatalog.FULFILLMENT_REQUESTS).serializer());
        this.rawRequests = writer(new ByteArraySerializer());
        this.service = new StackService<>(() -> FulfillmentMockService.start(env), FulfillmentMockService::port);
    }

    void stop() {
        service.stop();
    }

    /** Starts it again as the same instance: same topics, consumer group and transactional id. */
    void startAgain() {
        service.startAgain();
    }

    FulfillmentMockService service() {
        return service.service();
    }

    String requestsTopic() {
        return kafka.prefixed(TopicCatalog.FULFILLMENT_REQUESTS.name());
    }

    TopicReader<FulfillmentResult> readResults() {
        return new TopicReader<>(kafka.bootstrapServers(), kafka.prefixed(TopicCatalog.FULFILLMENT_RESULTS.name()),
                AvroSerdes.registry(kafka).valueSerde(TopicCatalog.FULFILLMENT_RESULTS).deserializer());
    }

    TopicReader<byte[]> readDeadLetters() {
        return new TopicReader<>(kafka.bootstrapServers(), requestsTopic() + ".dlq", (topic, bytes) -> bytes);
    }

    RecordMetadata send(FulfillmentRequest request) {
        return requests.send(request.getOrderId(), request);
    }

    RecordMetadata sendGarbage(String key, byte[] value) {
        return rawRequests.send(key, value);
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

    /** The schema artifacts of its two topics, as it names them ({@code <prefixed topic>-value}). */
    List<String> schemaArtifacts() {
        return List.of(requestsTopic() + "-value", kafka.prefixed(TopicCatalog.FULFILLMENT_RESULTS.name()) + "-value");
    }

    /** Those of {@link #schemaArtifacts()} the registry holds now. */
    Set<String> registeredSchemas() {
        return RegisteredSchemas.present(kafka.registryUrl(), schemaArtifacts());
    }

    HttpResponse<String> get(String path) {
        return service.get(path);
    }

    @Override
    public void close() {
        service.close();
        requests.close();
        rawRequests.close();
    }

    private <V> TopicWriter<V> writer(Serializer<V> values) {
        return new TopicWriter<>(kafka.bootstrapServers(), requestsTopic(), values, DEADLINE);
    }
}
