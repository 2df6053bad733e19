package io.orderstream.billing;

import static io.orderstream.billing.BillingRunIT.json;
import static io.orderstream.billing.BillingRunIT.seeds;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.localstack.Eventually;
import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The only billing-scheduler of a deployment killed with {@code kill -9} in the middle of a run, then started again:
 * nobody else can finish the run for it, so the restarted instance resumes it where it stopped.
 */
class BillingRunRestartIT {

    private static final Instant NOW = Instant.parse("2026-11-30T23:59:00Z");
    private static final String INSTANCE = "9";
    /** The killed instance's consumers leave their groups only when the broker's session timeout (45 s) passes. */
    private static final Duration AFTER_A_RESTART = Duration.ofMinutes(3);

    @Test
    void anInstanceKilledMidRunAndStartedAgainCompletesTheRunWithOneChargePerInvoice(@TempDir Path dir)
            throws Exception {
        try (var stack = BillingStack.withoutInstances(NOW, Map.of("BILLING_PAGE_SIZE", "10"))) {
            var invoices = new InvoiceTable(stack.database());
            invoices.seed("2026-10", seeds("restart", 3000, i -> "approve-r" + i, "EUR"));

            try (var child = new ChildInstance(stack.variables, INSTANCE, dir.resolve("before.log"));
                 var requests = requestReader(stack, child)) {
                assertThat(BillingStack.post(child.port, "/billing-runs", "{\"period\":\"2026-10\"}").statusCode())
                        .isEqualTo(201);
                requests.awaitOne(record -> record.key().startsWith("restart-"), BillingStack.DEADLINE);
                child.kill();
            }
            assertThat(invoices.period("2026-10").values()).as("invoices paid when the instance was killed")
                    .anySatisfy(row -> assertThat(row.status()).isNotEqualTo("PAID"));

            try (var again = new ChildInstance(stack.variables, INSTANCE, dir.resolve("after.log"))) {
                again.awaitReady(BillingStack.DEADLINE);
                JsonNode run = Eventually.await(AFTER_A_RESTART,
                        () -> json(BillingStack.get(again.port, "/billing-runs/2026-10")),
                        body -> body.path("status").asText().equals("COMPLETED"));

                assertThat(run.path("invoices").path("paid").asLong()).isEqualTo(3000);
            }
            stack.assertOneCaptureForEachInvoice(invoices, "2026-10");
        }
    }

    /** Once the instance is ready: it creates the topics. */
    private static TopicReader<byte[]> requestReader(BillingStack stack, ChildInstance child) throws Exception {
        child.awaitReady(BillingStack.DEADLINE);
        var kafka = KafkaSettings.from(stack.env);
        return new TopicReader<>(kafka.bootstrapServers(), kafka.prefixed(TopicCatalog.PAYMENT_REQUESTS.name()),
                (topic, bytes) -> bytes);
    }
}
