package io.orderstream.fulfillment;

import static io.orderstream.fulfillment.RunningFulfillmentMock.DEADLINE;
import static io.orderstream.fulfillment.RunningFulfillmentMock.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.loop.DeadLetterHeaders;
import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.fulfillment.FulfillmentStatus;
import io.orderstream.schemas.fulfillment.ShipmentReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fulfillment-mock against a real broker and registry, shipping every order (success ratio 1). */
class FulfillmentMockIT {

    private static RunningFulfillmentMock mock;
    private static TopicReader<FulfillmentResult> results;
    private static TopicReader<byte[]> deadLetters;
    /** What the registry held of its topics' schemas once it had started, before any record was sent or answered. */
    private static Set<String> schemasAtStart;

    @BeforeAll
    static void startTheWarehouse() {
        mock = new RunningFulfillmentMock(Map.of("FULFILLMENT_SUCCESS_RATIO", "1"));
        schemasAtStart = mock.registeredSchemas();
        results = mock.readResults();
        deadLetters = mock.readDeadLetters();
    }

    @AfterAll
    static void stopTheWarehouse() {
        results.close();
        deadLetters.close();
        mock.close();
    }

    @Test
    void answersARequestWithShipmentsThatAddUpToItsTotal() {
        FulfillmentRequest request = request(newOrderId(), "req-" + UUID.randomUUID());

        mock.send(request);

        ConsumerRecord<String, FulfillmentResult> answer = results.awaitOne(answering(request), DEADLINE);
        assertThat(answer.key()).isEqualTo(request.getOrderId());
        assertThat(answer.value().getStatus()).isEqualTo(FulfillmentStatus.SUCCEEDED);
        assertThat(answer.value().getShipments().stream().mapToLong(ShipmentReport::getAmount).sum())
                .isEqualTo(request.getTotal());
    }

    @Test
    void answersTheSameRequestSentTwiceIdentically() {
        FulfillmentRequest request = request(newOrderId(), "req-" + UUID.randomUUID());

        mock.send(request);
        mock.send(request);

        List<ConsumerRecord<String, FulfillmentResult>> answers = results.await(2, answering(request), DEADLINE);
        assertThat(answers.get(1).value()).isEqualTo(answers.get(0).value());
    }

    @Test
    void sendsAPoisonPillToTheDeadLetterTopicAndAnswersTheRequestAfterIt() {
        String orderId = newOrderId();
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
        FulfillmentRequest next = request(orderId, "req-" + UUID.randomUUID());

        RecordMetadata pill = mock.sendGarbage(orderId, garbage);
        mock.send(next); // same key, same partition: it comes after the pill

        ConsumerRecord<String, byte[]> deadLetter = deadLetters.awaitOne(r -> orderId.equals(r.key()), DEADLINE);
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(mock.requestsTopic());
        assertThat(header(deadLetter, DeadLetterHeaders.PARTITION)).isEqualTo(String.valueOf(pill.partition()));
        assertThat(header(deadLetter, DeadLetterHeaders.OFFSET)).isEqualTo(String.valueOf(pill.offset()));
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).isNotBlank();
        assertThat(header(deadLetter, DeadLetterHeaders.SERVICE)).isEqualTo("fulfillment-mock");
        assertThat(header(deadLetter, DeadLetterHeaders.ATTEMPTS)).isEqualTo("1");
        assertThat(results.awaitOne(answering(next), DEADLINE).value().getStatus())
                .isEqualTo(FulfillmentStatus.SUCCEEDED);
    }

    @Test
    void createsItsRetryTiersBesideItsRequestsTopic() throws Exception {
        try (Admin admin = Admin.create(KafkaClientConfigs.admin(mock.kafka))) {
            assertThat(admin.listTopics().names().get()).contains(mock.requestsTopic() + ".retry.1",
                    mock.requestsTopic() + ".retry.2", mock.requestsTopic() + ".retry.3",
                    mock.requestsTopic() + ".dlq");
        }
    }

    @Test
    void registersTheSchemasOfBothItsTopicsBeforeItReadsAnything() {
        assertThat(schemasAtStart).containsExactlyInAnyOrderElementsOf(mock.schemaArtifacts());
    }

    @Test
    void isReadyWhileItsLoopRunsAndItsBrokerAnswers() {
        var ready = mock.get("/observe/health/ready");

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"transactional-loop\"").contains("\"kafka-broker\"");
    }

    @Test
    void countsItsResultsByStatus() {
        FulfillmentRequest request = request(newOrderId(), "req-" + UUID.randomUUID());
        mock.send(request);
        results.awaitOne(answering(request), DEADLINE);

        String metrics = mock.get("/observe/metrics").body();

        assertThat(metrics).containsPattern("orderstream_fulfillment_results_total\\{[^}]*status=\"SUCCEEDED\"");
    }

    private static Predicate<ConsumerRecord<String, FulfillmentResult>> answering(FulfillmentRequest request) {
        return record -> record.value().getRequestId().equals(request.getRequestId());
    }

    private static String newOrderId() {
        return "order-" + UUID.randomUUID();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
