package io.orderstream.dlq.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetRangesTest {

    @Test
    void mergesOverlappingAndAdjacentRanges() {
        var ranges = new OffsetRanges();
        ranges.add(10, 12);
        ranges.add(20, 20);
        ranges.add(13, 14);
        ranges.add(30, 35);
        ranges.add(16, 31);

        assertThat(ranges).hasToString("10-14,16-35");
    }

    @Test
    void anEmptyRangeAddsNothing() {
        var ranges = new OffsetRanges();
        ranges.add(5, 4);

        assertThat(ranges.isEmpty()).isTrue();
    }

    @Test
    void knowsWhatItContains() {
        OffsetRanges ranges = OffsetRanges.parse("5-9,12");

        assertThat(ranges.contains(4)).isFalse();
        assertThat(ranges.contains(5)).isTrue();
        assertThat(ranges.contains(9)).isTrue();
        assertThat(ranges.contains(10)).isFalse();
        assertThat(ranges.contains(12)).isTrue();
        assertThat(ranges.endOfRangeStartingAt(5)).contains(9L);
        assertThat(ranges.endOfRangeStartingAt(6)).isEmpty();
    }

    @Test
    void removingBelowAnOffsetKeepsThePartOfARangeAboveIt() {
        OffsetRanges ranges = OffsetRanges.parse("1-3,5-9,12");

        ranges.removeBelow(7);

        assertThat(ranges).hasToString("7-9,12");
    }

    @Test
    void parsesWhatItWrites() {
        assertThat(OffsetRanges.parse("1-3,7,100-200")).hasToString("1-3,7,100-200");
        assertThat(OffsetRanges.parse("").isEmpty()).isTrue();
    }

    @Test
    void refusesWhatItDidNotWrite() {
        assertThatThrownBy(() -> OffsetRanges.parse("1-x")).isInstanceOf(IllegalArgumentException.class);
    }
}
