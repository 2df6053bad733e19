package io.orderstream.billing;

import static io.orderstream.billing.BillingStack.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.localstack.Eventually;
import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.localstack.testing.TopicWriter;
import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.loop.DeadLetterHeaders;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentResult;
import io.orderstream.schemas.payment.PaymentStatus;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The billing run on the real stack: one billing-scheduler (its payment worker included) against the real broker,
 * registry and PostgreSQL and the real payment-provider-mock; invoices written with plain SQL.
 */
class BillingRunIT {

    private static final Instant NOW = Instant.parse("2026-11-30T23:59:00Z");

    private static BillingStack stack;
    private static InvoiceTable invoices;

    @BeforeAll
    static void startTheScheduler() {
        stack = new BillingStack(NOW, Map.of());
        invoices = new InvoiceTable(stack.database());
    }

    @AfterAll
    static void stopTheScheduler() {
        stack.close();
    }

    @Test
    void aRunChargesEveryPendingInvoiceOfItsPeriodAndBooksEveryFailureReason() throws Exception {
        List<InvoiceTable.Seed> seeds = new ArrayList<>();
        seeds.addAll(seeds("paid", 150, i -> "approve-" + i, "EUR"));
        seeds.addAll(seeds("declined", 30, i -> "decline-" + i, "EUR"));
        seeds.addAll(seeds("unknown", 30, i -> "missing-" + i, "EUR"));
        seeds.addAll(seeds("foreign", 30, i -> "cust-" + i + ":USD", "EUR"));
        seeds.addAll(seeds("unanswered", 20, i -> FlakyProxy.FLAKY_PREFIX + i, "EUR"));
        seeds.addAll(seeds("malformed", 20, i -> "approve-m" + i, "eur"));
        invoices.seed("2026-06", seeds);

        HttpResponse<String> started = stack.startRun("2026-06");

        assertThat(started.statusCode()).isEqualTo(201);
        assertThat(started.headers().firstValue("Location")).contains("/billing-runs/2026-06");
        assertThat(json(started).path("startedBy").asText()).isEqualTo("MANUAL");
        JsonNode run = awaitCompleted("2026-06");
        assertThat(run.path("invoices").path("total").asLong()).isEqualTo(280);
        assertThat(run.path("invoices").path("paid").asLong()).isEqualTo(150);
        assertThat(run.path("invoices").path("error").asLong()).isEqualTo(130);
        assertThat(run.path("failures").path("insufficient_funds").asLong()).isEqualTo(30);
        assertThat(run.path("failures").path("customer_not_found").asLong()).isEqualTo(30);
        assertThat(run.path("failures").path("currency_mismatch").asLong()).isEqualTo(30);
        assertThat(run.path("failures").path("network_error").asLong()).isEqualTo(20);
        assertThat(run.path("failures").path("system_error").asLong()).isEqualTo(20);
        assertThat(run.path("completedAt").isNull()).isFalse();
        Map<String, InvoiceTable.Row> rows = invoices.period("2026-06");
        rows.values().forEach(row -> {
            assertThat(row.chargeKey()).isEqualTo("invoice/" + row.id() + "/charge");
            assertThat(row.runPeriod()).isEqualTo("2026-06");
        });
        assertThat(rows.get("declined-0").failureReason()).isEqualTo("insufficient_funds");
        assertThat(rows.get("unknown-0").failureReason()).isEqualTo("customer_not_found");
        assertThat(rows.get("foreign-0").failureReason()).isEqualTo("currency_mismatch");
        assertThat(rows.get("unanswered-0").failureReason()).isEqualTo("network_error");
        assertThat(rows.get("malformed-0").failureReason()).isEqualTo("system_error");
        assertOneCaptureForEachPaidInvoice(rows);
        assertThat(invoices.attempts("paid-0")).isEqualTo(1);
        assertThat(stack.get("/observe/metrics").body())
                .contains("orderstream_billing_invoice_failures_total{reason=\"customer_not_found\"")
                .contains("orderstream_billing_run_progress");
    }

    @Test
    void aPeriodStartedTwiceIsOneRunAndChargesEachInvoiceOnce() throws Exception {
        invoices.seed("2026-07", seeds("twice", 50, i -> "approve-t" + i, "EUR"));

        HttpResponse<String> first = stack.startRun("2026-07");
        HttpResponse<String> second = stack.startRun("2026-07");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second).path("startedAt").asText()).isEqualTo(json(first).path("startedAt").asText());
        awaitCompleted("2026-07");
        HttpResponse<String> third = stack.startRun("2026-07");
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(json(third).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(invoices.runs("2026-07")).isEqualTo(1);
        Map<String, InvoiceTable.Row> rows = invoices.period("2026-07");
        assertThat(rows.values()).allSatisfy(row -> assertThat(row.status()).isEqualTo("PAID"));
        assertOneCaptureForEachPaidInvoice(rows);
    }

    @Test
    void theRunOfAMonthStartsByItselfAtMidnightOnTheFirst() throws Exception {
        invoices.seed("2026-12", seeds("december", 10, i -> "approve-d" + i, "EUR"));
        assertThat(stack.get("/billing-runs/2026-12").statusCode()).isEqualTo(404);

        stack.time.advance(Duration.ofMinutes(1));

        JsonNode run = awaitCompleted("2026-12");
        assertThat(run.path("startedBy").asText()).isEqualTo("SCHEDULE");
        assertThat(run.path("invoices").path("paid").asLong()).isEqualTo(10);
        JsonNode missed = json(stack.get("/billing-runs/2026-11"));
        assertThat(missed.path("startedBy").asText()).isEqualTo("CATCH_UP");
        JsonNode list = json(stack.get("/billing-runs"));
        assertThat(list.path("runs").get(0).path("period").asText()).isEqualTo("2026-12");
    }

    @Test
    void aRunOfAMonthThatHasNotBegunOrOfNoMonthIsRefused() {
        HttpResponse<String> future = stack.startRun("2027-02");
        HttpResponse<String> invalid = stack.startRun("2026-13");

        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(json(future).path("code").asText()).isEqualTo("period_in_future");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid).path("code").asText()).isEqualTo("invalid_period");
        assertThat(json(stack.get("/billing-runs/2025-01")).path("code").asText()).isEqualTo("billing_run_not_found");
    }

    @Test
    void resultsForUnknownInvoicesAndPoisonPillsAreDeadLetteredAndBookingCarriesOn() throws Exception {
        var kafka = KafkaSettings.from(stack.env);
        String topic = kafka.prefixed(TopicCatalog.PAYMENT_RESULTS.name());
        try (var results = new TopicWriter<>(kafka.bootstrapServers(), topic,
                     resultSerializer(kafka), DEADLINE);
             var garbage = new TopicWriter<>(kafka.bootstrapServers(), topic, new ByteArraySerializer(), DEADLINE);
             var deadLetters = new TopicReader<>(kafka.bootstrapServers(), topic + ".dlq", (t, bytes) -> bytes)) {
            results.send("after-0", PaymentResult.newBuilder().setRequestId("invoice/nobody/charge")
                    .setOrigin(PaymentOrigin.INVOICE).setOriginId("nobody").setStatus(PaymentStatus.CAPTURED)
                    .setAmount(100).setCurrency("EUR").setChargeId("ch_nobody").setCode(null).setReason(null)
                    .setAttempts(1).setCompletedAt(Instant.now()).build());
            garbage.send("after-0", "not avro".getBytes(StandardCharsets.UTF_8));
            invoices.seed("2026-05", seeds("after", 1, i -> "approve-a" + i, "EUR"));

            stack.startRun("2026-05");

            assertThat(awaitCompleted("2026-05").path("invoices").path("paid").asLong()).isEqualTo(1);
            deadLetters.await(2, record -> record.key().equals("after-0"), DEADLINE);
            assertThat(deadLetters.seen(record -> true))
                    .extracting(record -> header(record, DeadLetterHeaders.SERVICE)).containsOnly("billing-scheduler");
        }
    }

    @Test
    void aResultThatOvertakesTheCommitMarkingItsInvoiceChargingIsBookedAndCountedInTheRun() throws Exception {
        invoices.seed("2026-04", seeds("overtaken", 1, i -> "approve-o" + i, "EUR"));
        var kafka = KafkaSettings.from(stack.env);
        try (var results = new TopicWriter<>(kafka.bootstrapServers(),
                kafka.prefixed(TopicCatalog.PAYMENT_RESULTS.name()),
                resultSerializer(kafka), DEADLINE)) {
            results.send("overtaken-0", PaymentResult.newBuilder().setRequestId("invoice/overtaken-0/charge")
                    .setOrigin(PaymentOrigin.INVOICE).setOriginId("overtaken-0").setStatus(PaymentStatus.CAPTURED)
                    .setAmount(100).setCurrency("EUR").setChargeId("ch_overtaken").setCode(null).setReason(null)
                    .setAttempts(1).setCompletedAt(Instant.now()).build());
        }
        Eventually.await(DEADLINE, () -> invoices.period("2026-04").get("overtaken-0").status(),
                status -> status.equals("PAID"));

        stack.startRun("2026-04");

        JsonNode run = awaitCompleted("2026-04");
        assertThat(run.path("invoices").path("total").asLong()).isEqualTo(1);
        assertThat(run.path("invoices").path("paid").asLong()).isEqualTo(1);
        InvoiceTable.Row row = invoices.period("2026-04").get("overtaken-0");
        assertThat(row.chargeId()).isEqualTo("ch_overtaken");
        assertThat(row.runPeriod()).isEqualTo("2026-04");
        assertThat(stack.provider.chargesFor("overtaken-0")).as("never sent again").isEmpty();
    }

    @Test
    void aChargingInvoiceWhoseResultNeverCameIsSentAgainUnderTheSameKeyAfterTheTimeout() throws Exception {
        invoices.seed("2026-03", seeds("lost", 1, i -> "approve-l" + i, "EUR"));
        invoices.markCharging("lost-0", "2026-03", stack.time.now().minus(Duration.ofMinutes(16)));

        InvoiceTable.Row row = Eventually.await(DEADLINE, () -> invoices.period("2026-03").get("lost-0"),
                lost -> lost.status().equals("PAID"));

        assertThat(stack.provider.chargesFor("lost-0")).singleElement().satisfies(charge -> {
            assertThat(charge.idempotencyKey()).isEqualTo("invoice/lost-0/charge");
            assertThat(charge.id()).isEqualTo(row.chargeId());
        });
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        for (Header header : record.headers()) {
            if (header.key().equals(name)) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static JsonNode awaitCompleted(String period) throws Exception {
        return Eventually.await(DEADLINE, () -> json(stack.get("/billing-runs/" + period)),
                run -> run.path("status").asText().equals("COMPLETED"));
    }

    static void assertOneCaptureForEachPaidInvoice(Map<String, InvoiceTable.Row> rows) {
        rows.values().forEach(row -> {
            List<Charge> charges = stack == null ? List.of() : stack.provider.chargesFor(row.id());
            if (row.status().equals("PAID")) {
                assertThat(charges).as("charges of " + row.id()).singleElement()
                        .satisfies(charge -> assertThat(charge.id()).isEqualTo(row.chargeId()));
            }
        });
    }

    static List<InvoiceTable.Seed> seeds(String prefix, int count, java.util.function.IntFunction<String> provider,
                                         String currency) {
        return IntStream.range(0, count)
                .mapToObj(i -> new InvoiceTable.Seed(prefix + "-" + i, provider.apply(i), 100 + i, currency))
                .toList();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static Serializer<PaymentResult> resultSerializer(KafkaSettings kafka) {
        return AvroSerdes.registry(kafka).valueSerde(TopicCatalog.PAYMENT_RESULTS).serializer();
    }
}
