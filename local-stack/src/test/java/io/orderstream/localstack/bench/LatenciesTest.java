package io.orderstream.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static long millis(long value) {
        return Duration.ofMillis(value).toNanos();
    }

    @Test
    void percentiles_of_one_to_a_hundred_milliseconds_are_their_nearest_ranks() {
        Latencies latencies = Latencies.of(LongStream.rangeClosed(1, 100).map(LatenciesTest::millis).toArray());

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50()).isEqualTo(Duration.ofMillis(50));
        assertThat(latencies.p95()).isEqualTo(Duration.ofMillis(95));
        assertThat(latencies.p99()).isEqualTo(Duration.ofMillis(99));
        assertThat(latencies.max()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void the_order_samples_arrive_in_does_not_matter() {
        Latencies latencies = Latencies.of(new long[] {millis(30), millis(10), millis(20)});

        assertThat(latencies.p50()).isEqualTo(Duration.ofMillis(20));
        assertThat(latencies.p99()).isEqualTo(Duration.ofMillis(30));
        assertThat(latencies.max()).isEqualTo(Duration.ofMillis(30));
    }

    @Test
    void one_sample_is_every_percentile() {
        Latencies latencies = Latencies.of(new long[] {millis(7)});

        assertThat(latencies.p50()).isEqualTo(Duration.ofMillis(7));
        assertThat(latencies.p99()).isEqualTo(Duration.ofMillis(7));
    }

    @Test
    void no_samples_is_none() {
        assertThat(Latencies.of(new long[0])).isEqualTo(Latencies.NONE);
    }

    @Test
    void a_recorder_keeps_every_sample_of_many_clients_at_once() throws Exception {
        var recorder = new LatencyRecorder();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            IntStream.range(0, 50).forEach(client -> clients.submit(() ->
                    LongStream.rangeClosed(1, 200).forEach(sample -> recorder.record(millis(sample)))));
        }

        Latencies latencies = recorder.summary();

        assertThat(latencies.count()).isEqualTo(10_000);
        assertThat(latencies.p50()).isEqualTo(Duration.ofMillis(100));
        assertThat(latencies.max()).isEqualTo(Duration.ofMillis(200));
    }
}
