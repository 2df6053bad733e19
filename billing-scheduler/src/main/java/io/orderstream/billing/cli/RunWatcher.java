package io.orderstream.billing.cli;

import io.orderstream.billing.domain.Period;
import io.orderstream.platform.time.TimeSource;
import java.time.Duration;

/** Polls a run until it is COMPLETED, printing its progress; answers the completed run. */
final class RunWatcher {

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final BillingRunsClient runs;
    private final ProgressPrinter printer;
    private final TimeSource time;

    RunWatcher(BillingRunsClient runs, ProgressPrinter printer, TimeSource time) {
        this.runs = runs;
        this.printer = printer;
        this.time = time;
    }

    RunView awaitCompleted(Period period) throws InterruptedException {
        try {
            while (true) {
                RunView run = runs.get(period);
                printer.update(run.invoices().done(), run.invoices().total(), time.nanoTime());
                if (run.completed()) {
                    return run;
                }
                time.sleep(POLL_INTERVAL);
            }
        } finally {
            printer.finish();
        }
    }
}
