package io.orderstream.dlq.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadLetterFilterTest {

    private final DeadLetter failedAtFive = TestLetters.fromALoop(0, 1).build(); // last failure 10:05

    @Test
    void noFilterPassesEverything() {
        assertThat(DeadLetterFilter.none().matches(failedAtFive)).isTrue();
    }

    @Test
    void sinceKeepsWhatFailedAtOrAfterIt() {
        assertThat(since("2026-11-21T10:05:00Z").matches(failedAtFive)).isTrue();
        assertThat(since("2026-11-21T10:05:01Z").matches(failedAtFive)).isFalse();
    }

    @Test
    void bothMustMatch() {
        var filter = new DeadLetterFilter(Optional.of(Instant.parse("2026-11-21T10:00:00Z")),
                Optional.of(new CodeFilter("SerializationException")));

        assertThat(filter.matches(failedAtFive)).isFalse();
    }

    private static DeadLetterFilter since(String instant) {
        return new DeadLetterFilter(Optional.of(Instant.parse(instant)), Optional.empty());
    }
}
