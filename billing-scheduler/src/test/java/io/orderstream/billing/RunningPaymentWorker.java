package io.orderstream.billing;

import io.orderstream.localstack.LocalStack;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
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
 * The billing scheduler's payment worker against the shared local stack under a topic prefix of its own and a
 * payment provider of the test's, with retry tiers of 0.3 s and 0.6 s (three attempts), and clients to send it
 * requests (good and garbage) and read what it answers.
 */
final class RunningPaymentWorker implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofSeconds(60);
    static final int MAX_ATTEMPTS = 3;

    final KafkaSettings kafka;
    private final Env env;
    private final KafkaProducer<String, PaymentRequest> requests;
    private final KafkaProducer<String, byte[]> rawRequests;
    private BillingSchedulerService service;

    RunningPaymentWorker(URI providerUrl, Map<String, String> variables) {
        this.env = environment(LocalStack.shared(), providerUrl, variables);
        this.kafka = KafkaSettings.from(env);
        this.requests = producer(AvroSerdes.registry(kafka).valueSerde(TopicCatalog.PAYMENT_REQUESTS).serializer());
        this.rawRequests = producer(new ByteArraySerializer());
        this.service = BillingSchedulerService.start(env);
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
        service = BillingSchedulerService.start(env);
    }

    BillingSchedulerService service() {
        return service;
    }

    String requestsTopic() {
        return kafka.prefixed(TopicCatalog.PAYMENT_REQUESTS.name());
    }

    TopicReader<PaymentResult> readResults() {
        return new TopicReader<>(kafka, kafka.prefixed(TopicCatalog.PAYMENT_RESULTS.name()),
                AvroSerdes.registry(kafka).valueSerde(TopicCatalog.PAYMENT_RESULTS).deserializer());
    }

    TopicReader<byte[]> readDeadLetters() {
        return new TopicReader<>(kafka, requestsTopic() + ".dlq", (topic, bytes) -> bytes);
    }

    RecordMetadata send(PaymentRequest request) {
        return await(requests.send(new ProducerRecord<>(requestsTopic(), request.getOriginId(), request)));
    }

    RecordMetadata sendGarbage(String key, byte[] value) {
        return await(rawRequests.send(new ProducerRecord<>(requestsTopic(), key, value)));
    }

    /** An order's first charge request, with the order-processor's idempotency key. */
    static PaymentRequest orderCharge(String customerId, long amount) {
        String orderId = "order-" + UUID.randomUUID();
        return PaymentRequest.newBuilder()
                .setRequestId(orderId + "/charge")
                .setOrigin(PaymentOrigin.ORDER)
                .setOriginId(orderId)
                .setCustomerId(customerId)
                .setAmount(amount)
                .setCurrency("EUR")
                .setIdempotencyKey("order/" + orderId + "/charge")
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

    private static Env environment(LocalStack stack, URI providerUrl, Map<String, String> variables) {
        var all = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                "SCHEMA_REGISTRY_URL", stack.registryUrl(),
                "TOPIC_PREFIX", "billing-it-" + UUID.randomUUID().toString().substring(0, 8) + ".",
                "TOPIC_PARTITIONS", "3",
                "BILLING_SCHEDULER_PORT", "0",
                "PAYMENT_PROVIDER_URL", providerUrl.toString(),
                "PAYMENT_PROVIDER_TIMEOUT", "PT5S",
                "RETRY_BACKOFFS", "PT0.3S,PT0.6S"));
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
