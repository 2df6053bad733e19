package io.orderstream.billing.run;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.util.function.ToLongFunction;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The progress of the newest run, as gauges: {@code orderstream_billing_run_invoices{status}} (pending, charging,
 * paid, error, needs_review, total) and {@code orderstream_billing_run_progress} (the share of its invoices with a
 * final outcome, 0..1). Read from the database on every tick of the scheduler, so every instance shows the same.
 */
public final class RunProgress {

    private final BillingRuns runs;
    private final AtomicReference<BillingRunView.Counts> latest =
            new AtomicReference<>(new BillingRunView.Counts(0, 0, 0, 0, 0, 0));

    public RunProgress(BillingRuns runs, MeterRegistry metrics) {
        this.runs = runs;
        gauge(metrics, "total", BillingRunView.Counts::total);
        gauge(metrics, "pending", BillingRunView.Counts::pending);
        gauge(metrics, "charging", BillingRunView.Counts::charging);
        gauge(metrics, "paid", BillingRunView.Counts::paid);
        gauge(metrics, "error", BillingRunView.Counts::error);
        gauge(metrics, "needs_review", BillingRunView.Counts::needsReview);
        Gauge.builder("orderstream.billing.run.progress", latest, counts -> share(counts.get()))
                .description("share of the newest billing run's invoices with a final outcome").register(metrics);
    }

    void refresh() throws SQLException {
        runs.newest().ifPresent(run -> latest.set(run.invoices()));
    }

    private void gauge(MeterRegistry metrics, String status, ToLongFunction<BillingRunView.Counts> n) {
        Gauge.builder("orderstream.billing.run.invoices", latest, counts -> n.applyAsLong(counts.get()))
                .tag("status", status).description("invoices of the newest billing run by status").register(metrics);
    }

    private static double share(BillingRunView.Counts counts) {
        return counts.total() == 0 ? 0 : (double) (counts.paid() + counts.error() + counts.needsReview())
                / counts.total();
    }
}
