package io.orderstream.billing;

import io.orderstream.localstack.testing.RegisteredSchemas;
import io.orderstream.localstack.testing.StackService;
import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.localstack.testing.TopicWriter;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.payment.PaymentKind;
import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The billing scheduler's payment worker against the shared local stack under a topic prefix of its own and a
 * payment provider of the test's, with retry tiers of 0.3 s and 0.6 s (three attempts), and clients to send it
 * requests (good and garbage) and read what it answers.
 */
final class RunningPaymentWorker implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofSeconds(60);
    static final int MAX_ATTEMPTS = 3;

    final KafkaSettings kafka;
    private final TopicWriter<PaymentRequest> requests;
    private final TopicWriter<byte[]> rawRequests;
    private final TopicWriter<PaymentRequest> payoutRequests;
    private final StackService<BillingSchedulerService> service;

    RunningPaymentWorker(URI providerUrl, Map<String, String> variables) {
        var own = new HashMap<>(BillingTestStack.isolatedDatabase("payment_worker"));
        own.putAll(Map.of(
                "BILLING_SCHEDULER_PORT", "0",
                "BILLING_SCHEDULE_ENABLED", "false",
                "PAYMENT_PROVIDER_URL", providerUrl.toString(),
                "PAYMENT_PROVIDER_TIMEOUT", "PT5S",
                "RETRY_BACKOFFS", "PT0.3S,PT0.6S"));
        Env env = new Env(StackService.variables("billing", own, variables));
        this.kafka = KafkaSettings.from(env);
        this.requests = writer(AvroSerdes.registry(kafka).valueSerde(TopicCatalog.PAYMENT_REQUESTS).serializer());
        this.rawRequests = writer(new ByteArraySerializer());
        this.payoutRequests = new TopicWriter<>(kafka.bootstrapServers(), payoutRequestsTopic(),
                AvroSerdes.registry(kafka).valueSerde(TopicCatalog.PAYOUT_REQUESTS).serializer(), DEADLINE);
        this.service = new StackService<>(() -> BillingSchedulerService.start(env), BillingSchedulerService::port);
    }

    void stop() {
        service.stop();
    }

    /** Starts it again as the same instance: same topics, consumer group and transactional id. */
    void startAgain() {
        service.startAgain();
    }

    BillingSchedulerService service() {
        return service.service();
    }

    String requestsTopic() {
        return kafka.prefixed(TopicCatalog.PAYMENT_REQUESTS.name());
    }

    String payoutRequestsTopic() {
        return kafka.prefixed(TopicCatalog.PAYOUT_REQUESTS.name());
    }

    TopicReader<PaymentResult> readResults() {
        return new TopicReader<>(kafka.bootstrapServers(), kafka.prefixed(TopicCatalog.PAYMENT_RESULTS.name()),
                AvroSerdes.registry(kafka).valueSerde(TopicCatalog.PAYMENT_RESULTS).deserializer());
    }

    TopicReader<byte[]> readDeadLetters() {
        return new TopicReader<>(kafka.bootstrapServers(), requestsTopic() + ".dlq", (topic, bytes) -> bytes);
    }

    RecordMetadata send(PaymentRequest request) {
        return requests.send(request.getOriginId(), request);
    }

    /** On payouts.requests. */
    RecordMetadata sendPayout(PaymentRequest request) {
        return payoutRequests.send(request.getOriginId(), request);
    }

    RecordMetadata sendGarbage(String key, byte[] value) {
        return rawRequests.send(key, value);
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

    /** A payout of a merchant's shipment, as the order-processor requests it on payouts.requests. */
    static PaymentRequest shipmentPayout(String merchantId, long amount) {
        String orderId = "order-" + UUID.randomUUID();
        String shipmentId = "shipment-" + UUID.randomUUID();
        String payoutId = "payout/" + orderId + "/" + shipmentId;
        return PaymentRequest.newBuilder(orderCharge(merchantId, amount))
                .setRequestId(payoutId)
                .setOriginId(orderId)
                .setIdempotencyKey(payoutId)
                .setKind(PaymentKind.PAYOUT)
                .setReference(shipmentId)
                .build();
    }

    /** A refund of an order's charge ({@code chargeId}), as the order-processor requests it on payments.requests. */
    static PaymentRequest orderRefund(PaymentRequest charge, String chargeId, long amount) {
        String refundId = "refund/" + charge.getOriginId() + "/fulfillment_failed";
        return PaymentRequest.newBuilder(charge)
                .setRequestId(refundId)
                .setIdempotencyKey(refundId)
                .setAmount(amount)
                .setKind(PaymentKind.REFUND)
                .setReference(chargeId)
                .build();
    }

    /** The schema artifacts of its two topics, as it names them ({@code <prefixed topic>-value}). */
    List<String> schemaArtifacts() {
        return List.of(requestsTopic() + "-value", kafka.prefixed(TopicCatalog.PAYMENT_RESULTS.name()) + "-value");
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
        payoutRequests.close();
    }

    private <V> TopicWriter<V> writer(Serializer<V> values) {
        return new TopicWriter<>(kafka.bootstrapServers(), requestsTopic(), values, DEADLINE);
    }
}
