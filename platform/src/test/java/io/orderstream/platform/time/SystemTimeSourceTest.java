package io.orderstream.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SystemTimeSourceTest {

    private final TimeSource time = TimeSource.system();

    @Test
    void a_sleep_lasts_at_least_its_duration() throws InterruptedException {
        long start = time.nanoTime();

        time.sleep(Duration.ofMillis(20));

        assertThat(time.since(start)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
    }

    @Test
    void now_is_the_machines_clock() {
        Instant before = Instant.now();

        assertThat(time.now()).isBetween(before, Instant.now());
    }
}
