package io.orderstream.dlq.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.loop.DeadLetterHeaders;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    @Test
    void failedAtIsTheLastFailureWhenItIsKnown() {
        assertThat(TestLetters.fromALoop(0, 1).build().failedAt()).isEqualTo(Instant.parse("2026-11-21T10:05:00Z"));
    }

    @Test
    void failedAtIsTheRecordsTimestampOtherwise() {
        assertThat(TestLetters.fromStreams(0, 1).build().failedAt()).isEqualTo(TestLetters.TIMESTAMP);
        assertThat(TestLetters.fromALoop(0, 1).header(DeadLetterHeaders.LAST_FAILURE, "garbled").build().failedAt())
                .isEqualTo(TestLetters.TIMESTAMP);
    }

    @Test
    void hasAnAddressAndABlankKeyWhenItHasNone() {
        DeadLetter letter = TestLetters.fromStreams(2, 17).key(null).build();

        assertThat(letter.address()).isEqualTo("2:17");
        assertThat(letter.key()).isEmpty();
    }
}
