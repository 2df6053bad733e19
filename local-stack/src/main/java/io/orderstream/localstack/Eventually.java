package io.orderstream.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * For tests against the stack: waits, up to a deadline, for something that happens asynchronously (a projection, a
 * run completing), probing every 50 ms, and fails with the last value seen.
 */
public final class Eventually {

    private static final Duration PAUSE = Duration.ofMillis(50);

    private Eventually() {
    }

    public static <T> T await(Duration timeout, Callable<T> probe, Predicate<T> done) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        T value = probe.call();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not done within " + timeout + "; last seen: " + value);
            }
            LockSupport.parkNanos(PAUSE.toNanos());
            value = probe.call();
        }
        return value;
    }
}
