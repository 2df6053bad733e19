package io.orderstream.paymentprovider.domain;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** The time a call takes, drawn uniformly between a minimum and a maximum. */
public final class Latency {

    private final Duration min;
    private final Duration max;
    private final RandomGenerator random;
    private final Sleeper sleeper;

    public Latency(Duration min, Duration max, RandomGenerator random, Sleeper sleeper) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("latency must satisfy 0 <= min <= max, was " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
        this.random = random;
        this.sleeper = sleeper;
    }

    public void pause() {
        long spreadNanos = max.minus(min).toNanos();
        long extraNanos = spreadNanos == 0 ? 0 : random.nextLong(spreadNanos + 1);
        sleeper.sleep(min.plusNanos(extraNanos));
    }
}
