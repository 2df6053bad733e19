package io.orderstream.dlq.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.dlq.DlqException;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;

class PartitionProgressTest {

    @Test
    void neverReplayedStartsAtTheLogStart() {
        PartitionProgress progress = PartitionProgress.of(null, 40);

        assertThat(progress.committedOffset()).isEqualTo(40);
        assertThat(progress.isSettled(39)).isTrue();
        assertThat(progress.isSettled(40)).isFalse();
        assertThat(progress.toOffsetAndMetadata()).isEqualTo(new OffsetAndMetadata(40, ""));
    }

    @Test
    void recordsReplayedOutOfOrderGoIntoTheMetadata() {
        PartitionProgress progress = PartitionProgress.of(null, 0);

        progress.settle(5, 5);
        progress.settle(7, 9);

        assertThat(progress.committedOffset()).isZero();
        assertThat(progress.isSettled(5)).isTrue();
        assertThat(progress.isSettled(6)).isFalse();
        assertThat(progress.toOffsetAndMetadata()).isEqualTo(new OffsetAndMetadata(0, "settled:5,7-9"));
    }

    @Test
    void settlingTheFirstOpenOffsetMovesTheCommittedOffsetOverWhatFollows() {
        PartitionProgress progress = PartitionProgress.of(new OffsetAndMetadata(0, "settled:1-4,6"), 0);

        progress.settle(0, 0);

        assertThat(progress.toOffsetAndMetadata()).isEqualTo(new OffsetAndMetadata(5, "settled:6"));
        progress.settle(5, 5);
        assertThat(progress.toOffsetAndMetadata()).isEqualTo(new OffsetAndMetadata(7, ""));
    }

    @Test
    void readsBackWhatItCommitted() {
        PartitionProgress progress = PartitionProgress.of(new OffsetAndMetadata(3, "settled:8-9"), 0);

        assertThat(progress.isSettled(2)).isTrue();
        assertThat(progress.isSettled(3)).isFalse();
        assertThat(progress.isSettled(8)).isTrue();
        assertThat(progress.isSettled(10)).isFalse();
    }

    @Test
    void recordsDeletedByRetentionCountAsSettled() {
        PartitionProgress progress = PartitionProgress.of(new OffsetAndMetadata(3, "settled:8-9,20"), 10);

        assertThat(progress.toOffsetAndMetadata()).isEqualTo(new OffsetAndMetadata(10, "settled:20"));
    }

    @Test
    void metadataAnotherToolWroteIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> PartitionProgress.of(new OffsetAndMetadata(3, "written by someone"), 0))
                .isInstanceOf(DlqException.class).hasMessageContaining("not written by dlq-replay");
        assertThat(PartitionProgress.of(new OffsetAndMetadata(3, ""), 0).committedOffset()).isEqualTo(3);
    }

    @Test
    void saysSoWhenTheHolesNoLongerFitIntoTheMetadata() {
        PartitionProgress progress = PartitionProgress.of(null, 0);
        for (long offset = 1; offset < 2 * PartitionProgress.MAX_METADATA_LENGTH; offset += 2) {
            progress.settle(offset, offset);
        }

        assertThatThrownBy(progress::toOffsetAndMetadata).isInstanceOf(DlqException.class)
                .hasMessageContaining("ahead of offset 0");
    }
}
