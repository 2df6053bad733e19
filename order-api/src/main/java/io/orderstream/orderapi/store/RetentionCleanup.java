package io.orderstream.orderapi.store;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes, now and then, the Idempotency-Keys and the logged commands older than their time to live (the
 * same for both: a kept 202 points at its command's status). Every instance may run it at once.
 */
public final class RetentionCleanup implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RetentionCleanup.class.getName());

    private final IdempotencyKeys keys;
    private final CommandLog commands;
    private final Duration ttl;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("retention-cleanup").daemon().factory());

    private RetentionCleanup(IdempotencyKeys keys, CommandLog commands, Duration ttl) {
        this.keys = keys;
        this.commands = commands;
        this.ttl = ttl;
    }

    /** Runs the first cleanup at once, then every {@code interval}. */
    public static RetentionCleanup start(IdempotencyKeys keys, CommandLog commands, Duration ttl, Duration interval) {
        var cleanup = new RetentionCleanup(keys, commands, ttl);
        cleanup.scheduler.scheduleWithFixedDelay(cleanup::deleteExpired, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return cleanup;
    }

    void deleteExpired() {
        try {
            int deletedKeys = keys.deleteExpired();
            int deletedCommands = commands.deleteOlderThan(ttl);
            if (deletedKeys + deletedCommands > 0) {
                LOG.log(Level.INFO, "deleted " + deletedKeys + " idempotency keys and " + deletedCommands
                        + " commands older than " + ttl);
            }
        } catch (Exception e) { // the next run tries again; an exception would cancel the schedule
            LOG.log(Level.WARNING, "could not delete expired idempotency keys and commands: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
