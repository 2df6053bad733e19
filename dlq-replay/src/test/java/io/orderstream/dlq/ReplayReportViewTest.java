package io.orderstream.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.dlq.record.PartitionOffset;
import io.orderstream.dlq.replay.ReplayOutcome;
import io.orderstream.dlq.replay.ReplayOutcome.Kind;
import io.orderstream.dlq.replay.ReplayReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayReportViewTest {

    @Test
    void listsWhatHappenedToEachRecordThenSumsUp() {
        var report = new ReplayReport("orders.commands.dlq", List.of(
                outcome(1, 4, Kind.ALREADY_REPLAYED), outcome(0, 3, Kind.REPLAYED), outcome(0, 9, Kind.NO_RECORD)), false);

        assertThat(ReplayReportView.render(report).lines()).containsExactly(
                "PARTITION  OFFSET  KEY  TO TOPIC         RESULT",
                "        0       3  k-3  orders.commands  replayed",
                "        0       9  k-9  orders.commands  no such record",
                "        1       4  k-4  orders.commands  already replayed",
                "replayed 1 record from orders.commands.dlq; 1 already replayed; 1 not replayed");
        assertThat(report.isComplete()).isFalse();
    }

    @Test
    void aDryRunSaysItChangedNothing() {
        var report = new ReplayReport("x.dlq", List.of(outcome(0, 1, Kind.WOULD_REPLAY), outcome(0, 2, Kind.WOULD_REPLAY)), true);

        assertThat(ReplayReportView.summary(report))
                .isEqualTo("dry run: would replay 2 records from x.dlq (nothing was sent or committed)");
    }

    @Test
    void nothingToReplayIsOneLine() {
        assertThat(ReplayReportView.render(new ReplayReport("x.dlq", List.of(), false)))
                .isEqualTo("replayed 0 records from x.dlq" + System.lineSeparator());
    }

    private static ReplayOutcome outcome(int partition, long offset, Kind kind) {
        return new ReplayOutcome(new PartitionOffset(partition, offset), "k-" + offset, "orders.commands", kind);
    }
}
