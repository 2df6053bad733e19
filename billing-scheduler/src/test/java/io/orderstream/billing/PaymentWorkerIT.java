package io.orderstream.billing;

import static io.orderstream.billing.RunningPaymentWorker.DEADLINE;
import static io.orderstream.billing.RunningPaymentWorker.MAX_ATTEMPTS;
import static io.orderstream.billing.RunningPaymentWorker.orderCharge;
import static io.orderstream.paymentprovider.domain.NetworkFault.DROP_AFTER_CHARGE;
import static io.orderstream.paymentprovider.domain.NetworkFault.DROP_BEFORE_CHARGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.billing.payment.PaymentWorker;
import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.platform.loop.DeadLetterHeaders;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import io.orderstream.schemas.payment.PaymentStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The payment worker against a real broker and registry and the real payment-provider-mock, whose network faults
 * each test scripts: the provider is asked one call at a time, so a script applies to the one request in flight.
 */
class PaymentWorkerIT {

    private static InProcessProvider provider;
    private static RunningPaymentWorker worker;
    private static TopicReader<PaymentResult> results;
    private static TopicReader<byte[]> deadLetters;
    /** What the registry held of its topics' schemas once it had started, before any record was sent or answered. */
    private static Set<String> schemasAtStart;

    @BeforeAll
    static void startTheWorker() {
        provider = new InProcessProvider();
        worker = new RunningPaymentWorker(provider.url(), Map.of());
        schemasAtStart = worker.registeredSchemas();
        results = worker.readResults();
        deadLetters = worker.readDeadLetters();
    }

    @AfterAll
    static void stopTheWorker() {
        results.close();
        deadLetters.close();
        worker.close();
        provider.close();
    }

    @AfterEach
    void everyScriptedFaultWasMet() {
        assertThat(provider.faults.isUsedUp()).as("every scripted fault was met by a call").isTrue();
    }

    @Test
    void capturesAnOrdersChargeAndAnswersKeyedByTheOrder() {
        PaymentRequest request = orderCharge("cust-1", 2500);

        worker.send(request);

        ConsumerRecord<String, PaymentResult> answer = results.awaitOne(answering(request), DEADLINE);
        Charge charge = provider.chargesFor(request.getOriginId()).getFirst();
        assertThat(answer.key()).isEqualTo(request.getOriginId());
        assertThat(answer.value().getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(answer.value().getChargeId()).isEqualTo(charge.id());
        assertThat(answer.value().getAttempts()).isEqualTo(1);
        assertThat(charge.idempotencyKey()).isEqualTo(request.getIdempotencyKey());
        assertThat(charge.amount()).isEqualTo(2500);
    }

    @Test
    void answersDeclinedAndRejectedAsTheProviderDoes() {
        PaymentRequest declined = orderCharge("decline-1", 100);
        PaymentRequest unknownCustomer = orderCharge("missing-1", 100);
        PaymentRequest foreignCurrency = orderCharge("cust-1:USD", 100);

        worker.send(declined);
        worker.send(unknownCustomer);
        worker.send(foreignCurrency);

        assertThat(results.awaitOne(answering(declined), DEADLINE).value()).satisfies(result -> {
            assertThat(result.getStatus()).isEqualTo(PaymentStatus.DECLINED);
            assertThat(result.getCode()).isEqualTo("insufficient_funds");
        });
        assertThat(results.awaitOne(answering(unknownCustomer), DEADLINE).value()).satisfies(result -> {
            assertThat(result.getStatus()).isEqualTo(PaymentStatus.REJECTED);
            assertThat(result.getCode()).isEqualTo("customer_not_found");
        });
        assertThat(results.awaitOne(answering(foreignCurrency), DEADLINE).value().getCode())
                .isEqualTo("currency_mismatch");
    }

    @Test
    void retriesThroughTheTiersWhileTheProviderFailsAndChargesOnce() {
        PaymentRequest request = orderCharge("cust-1", 700);
        provider.faults.then(DROP_BEFORE_CHARGE, DROP_BEFORE_CHARGE);

        worker.send(request);

        PaymentResult result = results.awaitOne(answering(request), DEADLINE).value();
        assertThat(result.getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(result.getAttempts()).isEqualTo(3);
        assertThat(provider.chargesFor(request.getOriginId())).singleElement()
                .satisfies(charge -> assertThat(charge.id()).isEqualTo(result.getChargeId()));
        assertThat(results.seen(answering(request))).hasSize(1);
    }

    @Test
    void retriesAnUnknownOutcomeWithTheSameKeyAndChargesOnce() {
        PaymentRequest request = orderCharge("cust-1", 800);
        provider.faults.then(DROP_AFTER_CHARGE);

        worker.send(request);

        PaymentResult result = results.awaitOne(answering(request), DEADLINE).value();
        assertThat(result.getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(result.getAttempts()).isEqualTo(2);
        assertThat(provider.chargesFor(request.getOriginId())).singleElement().satisfies(charge -> {
            assertThat(charge.id()).isEqualTo(result.getChargeId());
            assertThat(charge.idempotencyKey()).isEqualTo(request.getIdempotencyKey());
        });
    }

    @Test
    void reportsTheChargeOfAnEarlierAttemptWhenTheLastIsUnanswered() {
        PaymentRequest request = orderCharge("cust-1", 900);
        provider.faults.then(DROP_AFTER_CHARGE, DROP_BEFORE_CHARGE, DROP_BEFORE_CHARGE);

        worker.send(request);

        PaymentResult result = results.awaitOne(answering(request), DEADLINE).value();
        assertThat(result.getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(result.getAttempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(result.getChargeId()).isEqualTo(provider.chargesFor(request.getOriginId()).getFirst().id());
        deadLetters.readToEnd(DEADLINE); // a dead letter would have committed with the result
        assertThat(deadLetters.seen(about(request))).isEmpty();
    }

    @Test
    void failsAndDeadLettersARequestWhenNoAttemptIsAnswered() {
        PaymentRequest request = orderCharge("cust-1", 1000);
        provider.faults.then(DROP_BEFORE_CHARGE, DROP_BEFORE_CHARGE, DROP_BEFORE_CHARGE);

        RecordMetadata sent = worker.send(request);

        PaymentResult result = results.awaitOne(answering(request), DEADLINE).value();
        assertThat(result.getStatus()).isEqualTo(PaymentStatus.FAILED);
        assertThat(result.getCode()).isEqualTo(PaymentWorker.RETRIES_EXHAUSTED);
        assertThat(result.getAttempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(provider.chargesFor(request.getOriginId())).isEmpty();
        ConsumerRecord<String, byte[]> deadLetter = deadLetters.awaitOne(about(request), DEADLINE);
        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(worker.requestsTopic());
        assertThat(header(deadLetter, DeadLetterHeaders.PARTITION)).isEqualTo(String.valueOf(sent.partition()));
        assertThat(header(deadLetter, DeadLetterHeaders.OFFSET)).isEqualTo(String.valueOf(sent.offset()));
        assertThat(header(deadLetter, DeadLetterHeaders.ATTEMPTS)).isEqualTo(String.valueOf(MAX_ATTEMPTS));
        assertThat(header(deadLetter, DeadLetterHeaders.SERVICE)).isEqualTo("payment-worker");
        assertThat(header(deadLetter, DeadLetterHeaders.MESSAGE)).contains("IOException");
        assertThat(Instant.parse(header(deadLetter, DeadLetterHeaders.FIRST_FAILURE)))
                .isBefore(Instant.parse(header(deadLetter, DeadLetterHeaders.LAST_FAILURE)));
    }

    @Test
    void deadLettersAPoisonPillAndAnswersTheRequestAfterIt() {
        PaymentRequest next = orderCharge("cust-1", 1100);
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);

        RecordMetadata pill = worker.sendGarbage(next.getOriginId(), garbage);
        worker.send(next); // same key, same partition: it comes after the pill

        ConsumerRecord<String, byte[]> deadLetter = deadLetters.awaitOne(about(next), DEADLINE);
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(header(deadLetter, DeadLetterHeaders.OFFSET)).isEqualTo(String.valueOf(pill.offset()));
        assertThat(header(deadLetter, DeadLetterHeaders.ATTEMPTS)).isEqualTo("1");
        assertThat(results.awaitOne(answering(next), DEADLINE).value().getStatus())
                .isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void registersTheSchemasOfBothItsTopicsBeforeItReadsAnything() {
        assertThat(schemasAtStart).containsExactlyInAnyOrderElementsOf(worker.schemaArtifacts());
    }

    @Test
    void isReadyAndCountsItsResultsRetriesAndCalls() {
        PaymentRequest request = orderCharge("cust-1", 1200);
        provider.faults.then(DROP_BEFORE_CHARGE);
        worker.send(request);
        results.awaitOne(answering(request), DEADLINE);

        String metrics = worker.get("/observe/metrics").body();

        var ready = worker.get("/observe/health/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"transactional-loop\"").contains("\"kafka-broker\"")
                .contains("\"database\"");
        assertThat(metrics).containsPattern("orderstream_payments_results_total\\{[^}]*status=\"CAPTURED\"");
        assertThat(metrics).containsPattern(
                "orderstream_records_retried_total\\{[^}]*reason=\"network_error\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("orderstream_payments_provider_calls_seconds_count\\{[^}]*\\} [1-9]");
    }

    private static Predicate<ConsumerRecord<String, PaymentResult>> answering(PaymentRequest request) {
        return record -> record.value().getRequestId().equals(request.getRequestId());
    }

    private static Predicate<ConsumerRecord<String, byte[]>> about(PaymentRequest request) {
        return record -> request.getOriginId().equals(record.key());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
