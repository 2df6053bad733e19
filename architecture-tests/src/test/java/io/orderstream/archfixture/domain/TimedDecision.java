package io.orderstream.archfixture.domain;

import io.orderstream.platform.time.TimeSource;
import java.time.Instant;

/** A domain class that takes the injectable time source: allowed. */
public final class TimedDecision {

    private final TimeSource time;

    public TimedDecision(TimeSource time) {
        this.time = time;
    }

    public Instant decidedAt() {
        return time.now();
    }
}
