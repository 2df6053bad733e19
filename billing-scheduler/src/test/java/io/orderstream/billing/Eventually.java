package io.orderstream.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/** Waits, up to a deadline, for something that happens asynchronously, such as a run completing. */
final class Eventually {

    private static final Duration PAUSE = Duration.ofMillis(100);

    private Eventually() {
    }

    static <T> T await(Duration timeout, Callable<T> probe, Predicate<T> done) throws Exception {
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
