package io.orderstream.billing.cli;

import io.orderstream.billing.domain.Period;
import io.orderstream.platform.text.ProgressBar;
import io.orderstream.platform.time.TimeSource;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code bench billing}: seeds N pending invoices in a month of their own, times the naive sequential loop over a
 * sample, runs the month's billing through billing-scheduler while showing its progress, then prints throughput,
 * request → bookkeeping latency, wall time, the ratio to the sequential loop and the provider ledger check.
 * Exit status 1 when the ledger check fails.
 */
final class Bench {

    private final PrintStream out;
    private final boolean terminal;
    private final TimeSource time;
    private final BillingRunsClient runs;
    private final ProviderClient provider;
    private final BillingQueries queries;
    private final Function<SeedPlan, Seeder.Result> seeder;

    Bench(PrintStream out, boolean terminal, TimeSource time, BillingRunsClient runs, ProviderClient provider, BillingQueries queries,
          Function<SeedPlan, Seeder.Result> seeder) {
        this.out = out;
        this.terminal = terminal;
        this.time = time;
        this.runs = runs;
        this.provider = provider;
        this.queries = queries;
        this.seeder = seeder;
    }

    int run(Commands.Bench command, Period current, String tag) throws InterruptedException {
        long benchStart = time.nanoTime();
        Period period = command.period().orElseGet(() -> queries.freePeriod(current));
        if (command.period().isPresent() && queries.used(period)) {
            throw CliException.failed("period " + period + " already has a run or invoices; the benchmark needs a month of its own");
        }
        out.printf(Locale.ROOT, "bench billing: %,d invoices in period %s, sequential sample of %,d%n", command.invoices(), period,
                command.sample());
        seeder.apply(SeedPlan.allPending(tag, command.invoices(), period));

        out.printf(Locale.ROOT, "sequential loop: %,d charges one after another at the provider ...%n", command.sample());
        SequentialLoop.Result sequential = new SequentialLoop(provider, time)
                .run(tag, command.sample(), new ProgressPrinter(out, terminal, "sequential"));

        long runStart = time.nanoTime();
        RunView started = runs.start(period);
        out.printf("billing run %s: %s%n", period, started.status());
        RunView completed = new RunWatcher(runs, new ProgressPrinter(out, terminal, "run " + period), time).awaitCompleted(period);
        Duration runTime = time.since(runStart);
        out.print(RunReport.of(completed));

        var latency = queries.latency(period);
        LedgerCheck check = LedgerCheck.of(queries.invoicesOf(period), provider.capturedCharges());
        Duration wall = time.since(benchStart);
        double runPerSecond = completed.invoices().total() * 1_000_000_000.0 / Math.max(1, runTime.toNanos());

        out.println();
        out.printf(Locale.ROOT, "invoices:            %,d in %s: %,.0f invoices/s%n", completed.invoices().total(),
                ProgressBar.duration(runTime), runPerSecond);
        out.println(latency.map(l -> String.format(Locale.ROOT, "request→bookkeeping: p50 %,.0f ms, p99 %,.0f ms over %,d attempts",
                l.p50Millis(), l.p99Millis(), l.attempts())).orElse("request→bookkeeping: no attempt with both times booked"));
        out.printf(Locale.ROOT, "sequential loop:     %,d charges in %s: %,.1f charges/s (%,d answered)%n", sequential.calls(),
                ProgressBar.duration(sequential.elapsed()), sequential.perSecond(), sequential.answered());
        out.printf(Locale.ROOT, "speed-up:            %,.0f× the sequential loop%n", runPerSecond / sequential.perSecond());
        out.printf("wall time:           %s (seed, sample, run and checks)%n", ProgressBar.duration(wall));
        out.print(check.describe());
        return check.passed() ? 0 : 1;
    }
}
