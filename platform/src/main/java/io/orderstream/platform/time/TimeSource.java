package io.orderstream.platform.time;

import java.time.Duration;
import java.time.Instant;

/**
 * The one source of time for measuring and waiting: the wall-clock instant, a monotonic reading for
 * durations, and sleeping. Services take the {@link #system()} source; tests take a {@link ManualTimeSource}
 * that they advance, so nothing in a test waits for real. Code outside this package never calls
 * {@code System.nanoTime}, {@code System.currentTimeMillis}, {@code Thread.sleep} or {@code LockSupport.parkNanos}
 * (the architecture tests enforce it).
 */
public interface TimeSource {

    /** The wall-clock time. */
    Instant now();

    /** A monotonic reading in nanoseconds, only meaningful as the difference of two readings. */
    long nanoTime();

    /** Waits this long; an interrupt ends the wait with {@link InterruptedException}. */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Waits this long, as {@link #sleep} does, but an interrupt ends the wait early and stays set on the thread
     * (as {@code LockSupport.parkNanos} does), for loops that check their own deadline.
     */
    default void pause(Duration duration) {
        try {
            sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The moment {@code within} from now, on the monotonic reading. */
    default Deadline deadline(Duration within) {
        return new Deadline(this, nanoTime() + within.toNanos());
    }

    /** How long since {@code start}, an earlier {@link #nanoTime()} reading. */
    default Duration since(long start) {
        return Duration.ofNanos(nanoTime() - start);
    }

    /** The machine's clock (UTC) and the calling thread's sleep. */
    static TimeSource system() {
        return SystemTimeSource.INSTANCE;
    }
}
