package io.orderstream.dlq.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SinceTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void anInstantIsThatInstant() {
        assertThat(Since.parse("2026-11-21T10:15:00Z").from(NOW)).isEqualTo(Instant.parse("2026-11-21T10:15:00Z"));
    }

    @Test
    void anInstantWithAnOffsetIsConvertedToUtc() {
        assertThat(Since.parse("2026-11-21T11:15:00+01:00").from(NOW)).isEqualTo(Instant.parse("2026-11-21T10:15:00Z"));
    }

    @Test
    void aDurationCountsBackFromNow() {
        assertThat(Since.parse("PT1H").from(NOW)).isEqualTo(Instant.parse("2026-11-21T11:00:00Z"));
        assertThat(Since.parse("P2D").from(NOW)).isEqualTo(Instant.parse("2026-11-19T12:00:00Z"));
    }

    @Test
    void refusesWhatIsNeitherAndSaysWhatItTakes() {
        assertThatThrownBy(() -> Since.parse("yesterday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yesterday'").hasMessageContaining("PT1H").hasMessageContaining("2026-11-21T10:00:00Z");
    }

    @Test
    void refusesANegativeDuration() {
        assertThatThrownBy(() -> Since.parse("-PT1H")).hasMessageContaining("negative");
    }
}
