package io.orderstream.dlq.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.dlq.record.PartitionOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplaySelectionTest {

    @Test
    void allIncludesEverythingUpToTheEnd() {
        ReplaySelection all = ReplaySelection.all();

        assertThat(all.touches(5)).isTrue();
        assertThat(all.includes(5, 1234)).isTrue();
        assertThat(all.readUntil(5, 99)).isEqualTo(99);
    }

    @Test
    void offsetsIncludeTheirRecordsAndReadNoFurtherThanTheLastOfAPartition() {
        ReplaySelection offsets = ReplaySelection.offsets(List.of(
                new PartitionOffset(1, 9), new PartitionOffset(0, 4), new PartitionOffset(1, 2), new PartitionOffset(1, 9)));

        assertThat(offsets.touches(0)).isTrue();
        assertThat(offsets.touches(2)).isFalse();
        assertThat(offsets.includes(1, 2)).isTrue();
        assertThat(offsets.includes(1, 3)).isFalse();
        assertThat(offsets.readUntil(1, 100)).isEqualTo(10);
        assertThat(offsets.readUntil(0, 3)).isEqualTo(3);
        assertThat(((ReplaySelection.Offsets) offsets).in(1)).extracting(PartitionOffset::toString).containsExactly("1:2", "1:9");
    }

    @Test
    void offsetsNameAtLeastOne() {
        assertThatThrownBy(() -> ReplaySelection.offsets(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
