package io.orderstream.localstack.bench;

import java.time.Duration;
import java.util.Arrays;

/** Percentiles of a set of latencies, nearest rank (p99 of 100 samples is the 99th smallest). */
public record Latencies(int count, Duration p50, Duration p95, Duration p99, Duration max) {

    public static final Latencies NONE = new Latencies(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            return NONE;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                Duration.ofNanos(sorted[sorted.length - 1]));
    }

    private static Duration rank(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return Duration.ofNanos(sorted[Math.max(0, index)]);
    }
}
