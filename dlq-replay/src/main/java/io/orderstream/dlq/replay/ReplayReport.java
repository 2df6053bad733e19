package io.orderstream.dlq.replay;

import io.orderstream.dlq.replay.ReplayOutcome.Kind;
import java.util.Comparator;
import java.util.List;

/** What a replay did (or in a dry run would do), record by record in partition and offset order. */
public record ReplayReport(String dlqTopic, List<ReplayOutcome> outcomes, boolean dryRun) {

    public ReplayReport {
        outcomes = outcomes.stream().sorted(Comparator.comparing(ReplayOutcome::address)).toList();
    }

    public long count(Kind kind) {
        return outcomes.stream().filter(outcome -> outcome.kind() == kind).count();
    }

    /** False when a record asked for could not be replayed. */
    public boolean isComplete() {
        return outcomes.stream().allMatch(outcome -> outcome.kind().isFine());
    }
}
