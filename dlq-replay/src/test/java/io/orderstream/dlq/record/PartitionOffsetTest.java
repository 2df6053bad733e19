package io.orderstream.dlq.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionOffsetTest {

    @Test
    void parsesPartitionColonOffset() {
        assertThat(PartitionOffset.parse("2:17")).isEqualTo(new PartitionOffset(2, 17));
        assertThat(PartitionOffset.parse(" 0 : 9000000000 ")).isEqualTo(new PartitionOffset(0, 9_000_000_000L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "17", "2:", ":17", "2:17:1", "a:1", "1:b", "-1:5", "1:-5", "1.5:2"})
    void refusesAnythingElseWithAnExample(String text) {
        assertThatThrownBy(() -> PartitionOffset.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<partition>:<offset>");
    }

    @Test
    void ordersByPartitionThenOffsetAndPrintsAsItParses() {
        var sorted = new TreeSet<>(List.of(new PartitionOffset(1, 2), new PartitionOffset(0, 10), new PartitionOffset(0, 9)));

        assertThat(sorted).extracting(PartitionOffset::toString).containsExactly("0:9", "0:10", "1:2");
    }
}
