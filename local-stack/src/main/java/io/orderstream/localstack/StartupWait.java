package io.orderstream.localstack;

import java.time.Duration;

/** Polls a process' health check until it passes, the process dies, or the deadline passes, whichever comes first. */
final class StartupWait {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final int LOG_LINES_IN_ERRORS = 40;

    private StartupWait() {
    }

    /** @return how long it took */
    static Duration untilHealthy(ManagedProcess process, HealthCheck check, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!check.isHealthy()) {
            if (!process.isAlive()) {
                throw new StartupFailedException(process.name(), process.name() + " exited with code "
                        + process.exitCode().map(String::valueOf).orElse("?") + " before it became healthy"
                        + LogTail.describe(process.logFile(), LOG_LINES_IN_ERRORS));
            }
            if (System.nanoTime() > deadline) {
                throw new StartupFailedException(process.name(), process.name() + " was not healthy within " + timeout
                        + LogTail.describe(process.logFile(), LOG_LINES_IN_ERRORS));
            }
            pause();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a process to become healthy", e);
        }
    }
}
