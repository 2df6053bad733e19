package io.orderstream.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void half_done_shows_a_half_bar_the_counts_the_rate_and_the_time_left() {
        String line = ProgressBar.line(500_000, 1_000_000, OptionalDouble.of(3412.4));

        assertThat(line).isEqualTo("[###############...............]  50.0%  500,000/1,000,000  3,412/s  ETA 2m 27s");
    }

    @Test
    void before_any_rate_is_known_rate_and_eta_are_unknown() {
        String line = ProgressBar.line(0, 200, OptionalDouble.empty());

        assertThat(line).isEqualTo("[..............................]   0.0%  0/200  --/s  ETA --");
    }

    @Test
    void done_is_a_full_bar_with_no_time_left() {
        String line = ProgressBar.line(200, 200, OptionalDouble.of(0));

        assertThat(line).startsWith("[" + "#".repeat(ProgressBar.WIDTH) + "] 100.0%").endsWith("ETA 0.0s");
    }

    @Test
    void more_done_than_the_total_still_draws_a_full_bar_only() {
        assertThat(ProgressBar.line(250, 200, OptionalDouble.of(10))).startsWith("[" + "#".repeat(ProgressBar.WIDTH) + "] 100.0%");
    }

    @Test
    void nothing_to_do_counts_as_done() {
        assertThat(ProgressBar.line(0, 0, OptionalDouble.empty())).contains("100.0%");
    }

    @Test
    void the_eta_is_the_remaining_work_at_the_current_rate_rounded_up() {
        assertThat(ProgressBar.eta(1001, OptionalDouble.of(100))).isEqualTo("11s");
    }

    @Test
    void a_stalled_rate_gives_no_eta() {
        assertThat(ProgressBar.eta(10, OptionalDouble.of(0))).isEqualTo(ProgressBar.UNKNOWN);
    }

    @Test
    void durations_read_in_the_largest_sensible_units() {
        assertThat(ProgressBar.duration(Duration.ofMillis(3_450))).isEqualTo("3.5s");
        assertThat(ProgressBar.duration(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(ProgressBar.duration(Duration.ofSeconds(146))).isEqualTo("2m 26s");
        assertThat(ProgressBar.duration(Duration.ofSeconds(3_900))).isEqualTo("1h 05m");
    }

    @Test
    void the_rate_is_items_per_second_between_two_readings() {
        assertThat(ProgressBar.rate(100, 600, Duration.ofMillis(250))).hasValue(2000.0);
    }

    @Test
    void no_time_between_readings_gives_no_rate() {
        assertThat(ProgressBar.rate(100, 600, Duration.ZERO)).isEmpty();
    }
}
