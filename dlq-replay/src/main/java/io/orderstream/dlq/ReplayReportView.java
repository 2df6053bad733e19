package io.orderstream.dlq;

import io.orderstream.dlq.replay.ReplayOutcome;
import io.orderstream.dlq.replay.ReplayOutcome.Kind;
import io.orderstream.dlq.replay.ReplayReport;
import io.orderstream.platform.text.Table;
import io.orderstream.platform.text.Table.Column;
import java.util.ArrayList;
import java.util.List;

/** What {@code replay} prints: a line per record it looked at, then what it did in sum. */
final class ReplayReportView {

    private ReplayReportView() {
    }

    static String render(ReplayReport report) {
        var text = new StringBuilder();
        if (!report.outcomes().isEmpty()) {
            text.append(table(report.outcomes()).render());
        }
        return text.append(summary(report)).append(System.lineSeparator()).toString();
    }

    private static Table table(List<ReplayOutcome> outcomes) {
        var table = new Table(Column.number("PARTITION"), Column.number("OFFSET"), Column.text("KEY", 40),
                Column.text("TO TOPIC", 50), Column.text("RESULT", 50));
        outcomes.forEach(outcome -> table.row(String.valueOf(outcome.address().partition()),
                String.valueOf(outcome.address().offset()), outcome.key(), outcome.destination(), outcome.kind().text()));
        return table;
    }

    static String summary(ReplayReport report) {
        long sent = report.count(report.dryRun() ? Kind.WOULD_REPLAY : Kind.REPLAYED);
        String verb = report.dryRun() ? "dry run: would replay " : "replayed ";
        var parts = new ArrayList<String>();
        parts.add(verb + sent + (sent == 1 ? " record" : " records") + " from " + report.dlqTopic());
        addCount(parts, report, Kind.ALREADY_REPLAYED, "already replayed");
        long failed = report.outcomes().stream().filter(outcome -> !outcome.kind().isFine()).count();
        if (failed > 0) {
            parts.add(failed + " not replayed");
        }
        String sentence = String.join("; ", parts);
        return report.dryRun() ? sentence + " (nothing was sent or committed)" : sentence;
    }

    private static void addCount(List<String> parts, ReplayReport report, Kind kind, String what) {
        long count = report.count(kind);
        if (count > 0) {
            parts.add(count + " " + what);
        }
    }
}
