package io.orderstream.billing.run;

import io.orderstream.billing.domain.Period;
import io.orderstream.billing.domain.RunPlanning;
import io.orderstream.platform.time.TimeSource;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The billing run's one thread per instance. Every tick (BILLING_TICK) and at once when woken (a manual start):
 * claims the periods due by {@link RunPlanning} (the first tick after start-up is the catch-up); fans out every
 * RUNNING run, page by page, until none of its PENDING invoices is left unlocked; completes the runs that are done;
 * sends again the CHARGING invoices whose result is overdue, and the dunning retries that are due. Every instance
 * does all of it: the claim is an insert the database lets succeed once, and the pages are locked rows that
 * instances skip, so they share a run's work without a lease and another instance carries on where a dead one
 * stopped, with nothing to wait for.
 */
public final class RunScheduler implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RunScheduler.class.getName());

    private final BillingRunSettings settings;
    private final BillingRuns runs;
    private final ChargeRequests requests;
    private final RunProgress progress;
    private final TimeSource time;
    private final ScheduledExecutorService thread;
    private boolean caughtUp;

    public RunScheduler(BillingRunSettings settings, BillingRuns runs, ChargeRequests requests, RunProgress progress,
                        TimeSource time) {
        this.settings = settings;
        this.runs = runs;
        this.requests = requests;
        this.progress = progress;
        this.time = time;
        this.thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("billing-run-" + settings.instance()).daemon().factory());
    }

    public RunScheduler start() {
        thread.scheduleWithFixedDelay(this::tick, 0, settings.tick().toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Ticks as soon as the thread is free (a run was just claimed by hand). */
    public void wakeUp() {
        thread.execute(this::tick);
    }

    private void tick() {
        try {
            if (settings.scheduleEnabled()) {
                claimDue();
            }
            for (Period period : runs.running()) {
                fanOut(period);
            }
            while (requests.resendTimedOut(time.now().minus(settings.chargeTimeout()), settings.pageSize(),
                    time.now()) > 0) {
                LOG.log(Level.WARNING, "sent again charge requests whose result did not come within "
                        + settings.chargeTimeout());
            }
            while (requests.sendDunning(settings.pageSize(), time.now()) > 0) {
                LOG.log(Level.DEBUG, "sent a page of dunning retries");
            }
            progress.refresh();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "billing run tick failed; trying again next tick: " + e, e);
        }
    }

    private void claimDue() throws SQLException {
        Instant now = time.now();
        List<Period> candidates = RunPlanning.due(now, settings.zone(), settings.catchUpMonths(), Set.of());
        var claimed = runs.claimed(candidates);
        for (Period period : RunPlanning.due(now, settings.zone(), settings.catchUpMonths(), claimed)) {
            StartedBy by = caughtUp && period.equals(Period.containing(now, settings.zone()))
                    ? StartedBy.SCHEDULE : StartedBy.CATCH_UP;
            if (runs.claim(period, by, now).created()) {
                LOG.log(Level.INFO, "billing run " + period + " started (" + by + ")");
            }
        }
        caughtUp = true;
    }

    private void fanOut(Period period) throws SQLException {
        int sent;
        do {
            sent = requests.sendPending(period, settings.pageSize(), time.now());
        } while (sent > 0);
        runs.markFannedOut(period, time.now());
        if (runs.completeIfDone(period, time.now())) {
            LOG.log(Level.INFO, "billing run " + period + " completed");
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
