package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private final RestartPolicy policy = new RestartPolicy(3, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(3));
    private final Instant now = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void a_process_that_died_for_the_first_time_is_restarted_at_once() {
        assertThat(policy.decide(List.of(), now)).isEqualTo(new RestartPolicy.RestartAt(now));
    }

    @Test
    void each_further_restart_waits_twice_as_long_after_the_last_one() {
        Instant last = now.minusMillis(500);

        assertThat(policy.decide(List.of(last.minusSeconds(5), last), now))
                .isEqualTo(new RestartPolicy.RestartAt(last.plusSeconds(2)));
    }

    @Test
    void the_pause_never_exceeds_the_longest_backoff() {
        var longer = new RestartPolicy(10, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(3));
        List<Instant> five = List.of(now.minusSeconds(50), now.minusSeconds(40), now.minusSeconds(30), now.minusSeconds(20), now);

        assertThat(longer.decide(five, now)).isEqualTo(new RestartPolicy.RestartAt(now.plusSeconds(3)));
    }

    @Test
    void a_restart_long_overdue_happens_now() {
        assertThat(policy.decide(List.of(now.minusSeconds(60)), now)).isEqualTo(new RestartPolicy.RestartAt(now));
    }

    @Test
    void it_gives_up_after_the_most_restarts_within_the_window() {
        List<Instant> three = List.of(now.minusSeconds(30), now.minusSeconds(20), now.minusSeconds(10));

        assertThat(policy.decide(three, now)).isEqualTo(new RestartPolicy.GiveUp(3));
    }

    @Test
    void restarts_older_than_the_window_no_longer_count() {
        List<Instant> old = List.of(now.minus(Duration.ofMinutes(30)), now.minus(Duration.ofMinutes(20)), now.minus(Duration.ofMinutes(11)));

        assertThat(policy.decide(old, now)).isEqualTo(new RestartPolicy.RestartAt(now));
    }
}
