package io.orderstream.dlq.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartitionOffsetsTest {

    @Test
    void parsesAddressesSeparatedByCommas() {
        assertThat(PartitionOffsets.parse("0:17, 2:5").offsets())
                .containsExactly(new PartitionOffset(0, 17), new PartitionOffset(2, 5));
    }

    @Test
    void namesTheAddressThatIsWrong() {
        assertThatThrownBy(() -> PartitionOffsets.parse("0:17,,2:5")).hasMessageContaining("'' is not <partition>:<offset>");
        assertThatThrownBy(() -> PartitionOffsets.parse("0:17,x")).hasMessageContaining("'x' is not");
        assertThatThrownBy(() -> PartitionOffsets.parse(" ")).hasMessageContaining("at least one");
    }
}
