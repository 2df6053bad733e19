package io.orderstream.billing;

import static io.orderstream.billing.BillingRunIT.seeds;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.Eventually;
import io.orderstream.paymentprovider.domain.Charge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dunning on the real stack, the clock advanced by hand: a declined invoice is charged again after 3, 5 and 7 days,
 * each time under a new key; an unanswered one is asked again after an hour under the same key; an unknown customer
 * is never asked again.
 */
class BillingDunningIT {

    private static final Instant NOW = Instant.parse("2026-11-15T10:00:00Z");

    private static BillingStack stack;
    private static InvoiceTable invoices;

    @BeforeAll
    static void startTheScheduler() {
        stack = new BillingStack(NOW, Map.of("BILLING_SCHEDULE_ENABLED", "false"));
        invoices = new InvoiceTable(stack.database());
    }

    @AfterAll
    static void stopTheScheduler() {
        stack.close();
    }

    @Test
    void aDeclinedInvoiceIsRetriedOnTheScheduleUnderANewKeyEachTimeAndAnUnansweredOneUnderTheSameKey()
            throws Exception {
        List<InvoiceTable.Seed> seeds = new ArrayList<>();
        seeds.addAll(seeds("poor", 1, i -> "decline-p" + i, "EUR"));
        seeds.addAll(seeds("offline", 1, i -> FlakyProxy.FLAKY_PREFIX + "o" + i, "EUR"));
        seeds.addAll(seeds("nobody", 1, i -> "missing-n" + i, "EUR"));
        invoices.seed("2026-10", seeds);
        stack.startRun("2026-10");
        awaitAttempts("poor-0", 1);
        awaitAttempts("offline-0", 1);
        awaitAttempts("nobody-0", 1);

        stack.time.advance(Duration.ofHours(1));
        awaitAttempts("offline-0", 2);
        for (Duration step : List.of(Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(7))) {
            int before = invoices.attempts("poor-0");
            stack.time.advance(step);
            awaitAttempts("poor-0", before + 1);
        }
        stack.time.advance(Duration.ofDays(30));

        assertThat(invoices.attemptKeys("poor-0")).containsExactly("invoice/poor-0/charge",
                "invoice/poor-0/charge/dunning-1", "invoice/poor-0/charge/dunning-2", "invoice/poor-0/charge/dunning-3");
        assertThat(stack.provider.chargesFor("poor-0")).extracting(Charge::idempotencyKey)
                .containsExactlyElementsOf(invoices.attemptKeys("poor-0"));
        InvoiceTable.Row poor = invoices.period("2026-10").get("poor-0");
        assertThat(poor.status()).isEqualTo("ERROR");
        assertThat(poor.failureReason()).isEqualTo("insufficient_funds");
        assertThat(invoices.attemptKeys("offline-0")).hasSizeGreaterThanOrEqualTo(2)
                .containsOnly("invoice/offline-0/charge");
        assertThat(invoices.attempts("nobody-0")).isEqualTo(1);
    }

    private static void awaitAttempts(String invoiceId, int count) throws Exception {
        Eventually.await(BillingStack.DEADLINE, () -> invoices.attempts(invoiceId), attempts -> attempts >= count);
    }
}
