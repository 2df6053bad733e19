package io.orderstream.billing;

import static io.orderstream.billing.BillingRunIT.json;
import static io.orderstream.billing.BillingRunIT.seeds;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.billing.run.ChargeRequests;
import io.orderstream.localstack.Eventually;
import io.orderstream.localstack.testing.StackService;
import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several billing-scheduler instances of one deployment: they claim a run once and share its pages (ten invoices
 * a page here, so the work spreads), and one killed mid-run leaves nothing lost or charged twice.
 */
class BillingRunInstancesIT {

    private static final Instant NOW = Instant.parse("2026-11-30T23:59:00Z");
    /** Long enough for the broker to give a killed instance's partitions to the others (session timeout 45 s). */
    private static final Duration AFTER_A_KILL = Duration.ofMinutes(3);

    private static BillingStack stack;
    private static InvoiceTable invoices;
    private static TopicReader<byte[]> requests;

    @BeforeAll
    static void startTheScheduler() {
        stack = new BillingStack(NOW, Map.of("BILLING_PAGE_SIZE", "10"));
        invoices = new InvoiceTable(stack.database());
        var kafka = KafkaSettings.from(stack.env);
        requests = new TopicReader<>(kafka.bootstrapServers(), kafka.prefixed(TopicCatalog.PAYMENT_REQUESTS.name()),
                (topic, bytes) -> bytes);
    }

    @AfterAll
    static void stopTheScheduler() {
        requests.close();
        stack.close();
    }

    @Test
    void twoInstancesAtTheFirstClaimTheRunOnceAndShareItsWork() throws Exception {
        StackService<BillingSchedulerService> second = stack.startInstance("1");
        invoices.seed("2026-12", seeds("shared", 1000, i -> "approve-s" + i, "EUR"));

        stack.time.advance(Duration.ofMinutes(1));

        JsonNode run = awaitCompleted(stack.first(), "2026-12", BillingStack.DEADLINE);
        assertThat(json(second.get("/billing-runs/2026-12")).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.path("invoices").path("paid").asLong()).isEqualTo(1000);
        assertThat(invoices.runs("2026-12")).isEqualTo(1);
        Map<String, Long> sentBy = sentByInstance("shared-", 1000);
        assertThat(sentBy).containsOnlyKeys("0", "1");
        assertThat(sentBy.values()).allSatisfy(sent -> assertThat(sent).isPositive());
        stack.assertOneCaptureForEachInvoice(invoices, "2026-12");
    }

    @Test
    void anInstanceKilledMidRunLeavesTheRunToTheOthersWithOneChargePerInvoice(@TempDir Path dir)
            throws Exception {
        invoices.seed("2026-10", seeds("crash", 3000, i -> "approve-c" + i, "EUR"));
        try (var child = new ChildInstance(stack.variables, "7", dir.resolve("child.log"))) {
            child.awaitReady(BillingStack.DEADLINE);
            int started = BillingStack.post(child.port, "/billing-runs", "{\"period\":\"2026-10\"}").statusCode();
            assertThat(started).isEqualTo(201);
            requests.awaitOne(record -> record.key().startsWith("crash-") && instance(record).equals("7"),
                    BillingStack.DEADLINE);

            child.kill();
        }

        JsonNode run = awaitCompleted(stack.first(), "2026-10", AFTER_A_KILL);
        assertThat(run.path("invoices").path("paid").asLong()).isEqualTo(3000);
        stack.assertOneCaptureForEachInvoice(invoices, "2026-10");
    }

    private static JsonNode awaitCompleted(StackService<BillingSchedulerService> instance, String period,
                                           Duration deadline) throws Exception {
        return Eventually.await(deadline, () -> json(instance.get("/billing-runs/" + period)),
                run -> run.path("status").asText().equals("COMPLETED"));
    }

    /** How many requests of the invoices starting with {@code prefix} each instance sent. */
    private static Map<String, Long> sentByInstance(String prefix, int invoiceCount) {
        List<ConsumerRecord<String, byte[]>> sent = requests.await(invoiceCount,
                record -> record.key().startsWith(prefix), BillingStack.DEADLINE);
        return sent.stream().collect(Collectors.groupingBy(BillingRunInstancesIT::instance, Collectors.counting()));
    }

    private static String instance(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(ChargeRequests.INSTANCE_HEADER);
        return header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
