package io.orderstream.billing.cli;

import io.orderstream.platform.time.TimeSource;
import java.time.Duration;

/**
 * The exercise's naive approach, timed: one charge after another straight at the provider, each waiting for the last.
 * Its charges carry references {@code bench-sequential-<tag>-<n>}, which no invoice has, so the ledger check ignores them.
 */
final class SequentialLoop {

    record Result(int calls, int answered, Duration elapsed) {

        double perSecond() {
            return calls * 1_000_000_000.0 / Math.max(1, elapsed.toNanos());
        }
    }

    private final ProviderClient provider;
    private final TimeSource time;

    SequentialLoop(ProviderClient provider, TimeSource time) {
        this.provider = provider;
        this.time = time;
    }

    Result run(String tag, int calls, ProgressPrinter printer) throws InterruptedException {
        int answered = 0;
        long start = time.nanoTime();
        try {
            for (int n = 1; n <= calls; n++) {
                String id = tag + "-" + n;
                int status = provider.charge("bench/sequential/" + id, "cust-bench-" + id, SeedPlan.amount(n, 1), "EUR",
                        "bench-sequential-" + id);
                if (status > 0) {
                    answered++;
                }
                printer.update(n, calls, time.nanoTime());
            }
        } finally {
            printer.finish();
        }
        return new Result(calls, answered, time.since(start));
    }
}
