package io.orderstream.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunPlanningTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void at_midnight_on_the_first_the_month_that_starts_is_due() {
        Instant midnight = Instant.parse("2026-12-01T00:00:00Z");

        assertThat(RunPlanning.due(midnight, UTC, 0, Set.of())).containsExactly(Period.of(2026, 12));
    }

    @Test
    void a_period_that_has_its_run_is_not_due_again() {
        Instant later = Instant.parse("2026-12-15T08:00:00Z");

        assertThat(RunPlanning.due(later, UTC, 0, Set.of(Period.of(2026, 12)))).isEmpty();
    }

    @Test
    void the_same_instant_falls_in_different_months_in_different_zones() {
        Instant lateOnTheThirtieth = Instant.parse("2026-11-30T23:30:00Z");

        assertThat(RunPlanning.due(lateOnTheThirtieth, UTC, 0, Set.of())).containsExactly(Period.of(2026, 11));
        assertThat(RunPlanning.due(lateOnTheThirtieth, BERLIN, 0, Set.of())).containsExactly(Period.of(2026, 12));
        assertThat(RunPlanning.due(lateOnTheThirtieth, NEW_YORK, 0, Set.of())).containsExactly(Period.of(2026, 11));
    }

    @Test
    void the_run_starts_at_local_midnight_of_the_first_in_the_billing_zone() {
        Instant now = Instant.parse("2026-11-15T12:00:00Z");

        assertThat(RunPlanning.nextStart(now, UTC)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(RunPlanning.nextStart(now, BERLIN)).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(RunPlanning.nextStart(now, NEW_YORK)).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(RunPlanning.nextStart(now, AUCKLAND)).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
    }

    @Test
    void on_the_thirty_first_the_next_run_is_the_next_day() {
        Instant lastDay = Instant.parse("2026-01-31T12:00:00Z");

        assertThat(RunPlanning.nextStart(lastDay, UTC)).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(RunPlanning.due(Instant.parse("2026-03-31T23:59:59Z"), UTC, 0, Set.of()))
                .containsExactly(Period.of(2026, 3));
    }

    @Test
    void a_leap_day_belongs_to_february_and_march_starts_the_day_after() {
        Instant leapDay = Instant.parse("2028-02-29T18:00:00Z");

        assertThat(RunPlanning.due(leapDay, UTC, 0, Set.of())).containsExactly(Period.of(2028, 2));
        assertThat(RunPlanning.nextStart(leapDay, UTC)).isEqualTo(Instant.parse("2028-03-01T00:00:00Z"));
    }

    @Test
    void catch_up_runs_the_missed_earlier_months_oldest_first_within_its_window() {
        Instant now = Instant.parse("2027-01-10T09:00:00Z");

        assertThat(RunPlanning.due(now, UTC, 2, Set.of(Period.of(2026, 11))))
                .containsExactly(Period.of(2026, 12), Period.of(2027, 1));
    }

    @Test
    void by_default_a_missed_earlier_month_is_not_caught_up() {
        Instant now = Instant.parse("2027-01-10T09:00:00Z");

        assertThat(RunPlanning.due(now, UTC, 0, Set.of())).containsExactly(Period.of(2027, 1));
    }

    @Test
    void a_month_whose_first_has_not_come_in_the_zone_is_in_the_future() {
        Instant now = Instant.parse("2026-11-30T23:30:00Z");

        assertThat(RunPlanning.isFuture(Period.of(2026, 12), now, UTC)).isTrue();
        assertThat(RunPlanning.isFuture(Period.of(2026, 12), now, BERLIN)).isFalse();
        assertThat(RunPlanning.isFuture(Period.of(2026, 11), now, UTC)).isFalse();
    }
}
