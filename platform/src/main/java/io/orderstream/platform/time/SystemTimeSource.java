package io.orderstream.platform.time;

import java.time.Duration;
import java.time.Instant;

/** The only place that reads the machine's clocks and puts a thread to sleep. */
final class SystemTimeSource implements TimeSource {

    static final SystemTimeSource INSTANCE = new SystemTimeSource();

    private SystemTimeSource() {
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (duration.isPositive()) {
            Thread.sleep(duration);
        }
    }

    @Override
    public String toString() {
        return "system time";
    }
}
