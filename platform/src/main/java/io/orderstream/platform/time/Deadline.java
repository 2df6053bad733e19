package io.orderstream.platform.time;

import java.time.Duration;

/** A moment on a {@link TimeSource}'s monotonic reading, made by {@link TimeSource#deadline}. */
public final class Deadline {

    private final TimeSource time;
    private final long at;

    Deadline(TimeSource time, long at) {
        this.time = time;
        this.at = at;
    }

    /** Whether the moment has come. */
    public boolean passed() {
        return time.nanoTime() - at >= 0;
    }

    /** What is left until the moment, never negative. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, at - time.nanoTime()));
    }
}
