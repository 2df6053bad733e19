package io.orderstream.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void by_time_it_shows_the_share_of_the_duration_the_time_left_and_the_rates_of_the_last_seconds() {
        var progress = new Progress();
        progress.line("load", 0, 30 * SECOND, false, new Progress.Reading(0, 0, 0), 0);

        String line = progress.line("load", 15 * SECOND, 30 * SECOND, false, new Progress.Reading(2 * SECOND, 400, 300), 2);

        assertThat(line).startsWith("load").contains("50.0%", "15s/30s", "ETA 15s", "created 200/s", "closed 150/s", "errors 2");
    }

    @Test
    void by_orders_it_counts_them_against_the_total() {
        var progress = new Progress();
        progress.line("load", 0, 1000, true, new Progress.Reading(0, 0, 0), 0);

        String line = progress.line("load", 250, 1000, true, new Progress.Reading(SECOND, 250, 100), 0);

        assertThat(line).contains("25.0%", "250/1,000", "250/s", "ETA 3.0s", "closed 100/s");
    }

    @Test
    void rates_cover_only_the_last_five_seconds() {
        var progress = new Progress();
        for (int second = 0; second <= 10; second++) {
            long created = second <= 5 ? 0 : (second - 5) * 100L; // nothing for 5 s, then 100/s
            progress.line("load", second * SECOND, 60 * SECOND, false, new Progress.Reading(second * SECOND, created, 0), 0);
        }

        String line = progress.line("load", 11 * SECOND, 60 * SECOND, false, new Progress.Reading(11 * SECOND, 600, 0), 0);

        assertThat(line).contains("created 100/s");
    }

    @Test
    void before_a_second_reading_rates_are_unknown() {
        String line = new Progress().line("warmup", 0, 5 * SECOND, false, new Progress.Reading(0, 0, 0), 0);

        assertThat(line).contains("created --/s", "closed --/s");
    }
}
