package io.orderstream.platform.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Time that moves only when told: by {@link #advance} or by a {@link #sleep}, which returns at once after moving
 * the time on by its duration and noting it. For tests, in place of {@link TimeSource#system()}. Thread-safe.
 */
public final class ManualTimeSource implements TimeSource {

    private Instant now;
    private long nanoTime;
    private final List<Duration> sleeps = new ArrayList<>();

    public ManualTimeSource(Instant start) {
        this.now = start;
    }

    /** Starting at 2026-01-01T00:00:00Z. */
    public ManualTimeSource() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized long nanoTime() {
        return nanoTime;
    }

    /** Moves the time on by the duration and returns at once; an interrupted thread gets the interrupt. */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before a sleep of " + duration);
        }
        synchronized (this) {
            sleeps.add(duration);
        }
        advance(duration);
    }

    /** Moves the time on; a negative duration is refused, as time does not run backwards. */
    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time does not run backwards: " + duration);
        }
        now = now.plus(duration);
        nanoTime += duration.toNanos();
    }

    /** Every sleep so far, in order. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The sum of every sleep so far. */
    public synchronized Duration slept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
