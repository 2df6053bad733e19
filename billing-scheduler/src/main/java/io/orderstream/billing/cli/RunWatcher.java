package io.orderstream.billing.cli;

import io.orderstream.billing.domain.Period;
import java.time.Duration;

/** Polls a run until it is COMPLETED, printing its progress; answers the completed run. */
final class RunWatcher {

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final BillingRunsClient runs;
    private final ProgressPrinter printer;

    RunWatcher(BillingRunsClient runs, ProgressPrinter printer) {
        this.runs = runs;
        this.printer = printer;
    }

    RunView awaitCompleted(Period period) throws InterruptedException {
        try {
            while (true) {
                RunView run = runs.get(period);
                printer.update(run.invoices().done(), run.invoices().total(), System.nanoTime());
                if (run.completed()) {
                    return run;
                }
                Thread.sleep(POLL_INTERVAL);
            }
        } finally {
            printer.finish();
        }
    }
}
