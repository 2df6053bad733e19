package io.orderstream.orderapi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Timestamps sent in arrays are stored as the driver stored a bound timestamp: to the microsecond, rounded. */
class RowArraysTest {

    @Test
    void milliseconds_are_kept_exactly() {
        assertThat(RowArrays.timestamp(Instant.parse("2026-11-21T10:15:30.123Z"))).isEqualTo("2026-11-21T10:15:30.123Z");
    }

    @Test
    void nanoseconds_from_500_round_up_to_the_next_microsecond() {
        assertThat(RowArrays.timestamp(Instant.parse("2026-11-21T10:15:30.123456500Z")))
                .isEqualTo("2026-11-21T10:15:30.123457Z");
        assertThat(RowArrays.timestamp(Instant.parse("2026-11-21T10:15:30.999999999Z")))
                .isEqualTo("2026-11-21T10:15:31Z");
    }

    @Test
    void nanoseconds_below_500_are_dropped() {
        assertThat(RowArrays.timestamp(Instant.parse("2026-11-21T10:15:30.123456499Z")))
                .isEqualTo("2026-11-21T10:15:30.123456Z");
    }
}
