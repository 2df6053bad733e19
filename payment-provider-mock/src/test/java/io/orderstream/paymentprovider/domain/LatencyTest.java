package io.orderstream.paymentprovider.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyTest {

    private static final Duration MIN = Duration.ofMillis(20);
    private static final Duration MAX = Duration.ofMillis(200);

    @Test
    void each_pause_is_drawn_between_the_minimum_and_the_maximum() {
        var sleeper = new RecordingSleeper();
        var latency = new Latency(MIN, MAX, new Random(5), sleeper);

        for (int i = 0; i < 1000; i++) {
            latency.pause();
        }

        assertThat(sleeper.sleeps()).allSatisfy(sleep -> assertThat(sleep).isBetween(MIN, MAX));
        assertThat(sleeper.sleeps().stream().distinct().count()).isGreaterThan(900);
    }

    @Test
    void an_equal_minimum_and_maximum_is_a_fixed_pause() {
        var sleeper = new RecordingSleeper();

        new Latency(MIN, MIN, new Random(5), sleeper).pause();

        assertThat(sleeper.sleeps()).containsExactly(MIN);
    }

    @Test
    void a_maximum_below_the_minimum_is_rejected() {
        assertThatThrownBy(() -> new Latency(MAX, MIN, new Random(5), new RecordingSleeper()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
