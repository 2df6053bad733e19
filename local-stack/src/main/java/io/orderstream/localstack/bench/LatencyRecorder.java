package io.orderstream.localstack.bench;

import java.util.Arrays;

/** Latencies recorded by many clients at once, every sample kept (a run records at most a few million). */
public final class LatencyRecorder {

    private long[] samples = new long[4096];
    private int size;

    public synchronized void record(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    public synchronized Latencies summary() {
        return Latencies.of(Arrays.copyOf(samples, size));
    }
}
