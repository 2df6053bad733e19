package io.orderstream.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ManualTimeSourceTest {

    private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    private final ManualTimeSource time = new ManualTimeSource(START);

    @Test
    void time_stands_still_until_advanced() {
        long reading = time.nanoTime();

        time.advance(Duration.ofSeconds(3));

        assertThat(time.now()).isEqualTo(START.plusSeconds(3));
        assertThat(time.since(reading)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void a_sleep_returns_at_once_having_moved_the_time_on_and_is_noted() throws InterruptedException {
        time.sleep(Duration.ofHours(1));
        time.sleep(Duration.ofMinutes(5));

        assertThat(time.now()).isEqualTo(START.plus(Duration.ofMinutes(65)));
        assertThat(time.sleeps()).containsExactly(Duration.ofHours(1), Duration.ofMinutes(5));
        assertThat(time.slept()).isEqualTo(Duration.ofMinutes(65));
    }

    @Test
    void an_interrupted_thread_is_not_put_to_sleep() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> time.sleep(Duration.ofSeconds(1))).isInstanceOf(InterruptedException.class);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void a_pause_ends_on_an_interrupt_and_leaves_it_set() {
        Thread.currentThread().interrupt();

        time.pause(Duration.ofSeconds(1));

        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void time_does_not_run_backwards() {
        assertThatThrownBy(() -> time.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_deadline_passes_when_its_duration_has_gone_by() {
        Deadline deadline = time.deadline(Duration.ofSeconds(10));
        time.advance(Duration.ofSeconds(4));

        assertThat(deadline.passed()).isFalse();
        assertThat(deadline.remaining()).isEqualTo(Duration.ofSeconds(6));

        time.advance(Duration.ofSeconds(6));

        assertThat(deadline.passed()).isTrue();
        assertThat(deadline.remaining()).isZero();
    }

    @Test
    void what_remains_of_a_passed_deadline_is_nothing_not_negative() {
        Deadline deadline = time.deadline(Duration.ofSeconds(1));

        time.advance(Duration.ofSeconds(5));

        assertThat(deadline.remaining()).isZero();
    }
}
