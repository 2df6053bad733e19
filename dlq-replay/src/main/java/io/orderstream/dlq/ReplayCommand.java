package io.orderstream.dlq;

import io.orderstream.dlq.record.PartitionOffsets;
import io.orderstream.dlq.replay.ReplayReport;
import io.orderstream.dlq.replay.ReplaySelection;
import io.orderstream.dlq.replay.Replayer;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dlq replay <dlq-topic> (--all | --offsets p:o,...) [--dry-run]} */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Sends dead letters back to their original topic, each exactly once.",
                "",
                "A record goes to the topic in its header __streams.errors.topic with its original key, value and"
                        + " headers, without the failure headers and marked with __orderstream.replayed-from."
                        + " Progress is kept in the consumer group dlq-replay.<dlq-topic> and committed in the"
                        + " transaction that sends the records, so an interrupted replay resumes and no record is"
                        + " ever replayed twice. Exit code 1 when a record asked for could not be replayed."})
final class ReplayCommand implements Callable<Integer> {

    @ParentCommand
    private DlqCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dlq-topic>", description = "e.g. orders.commands.dlq (without TOPIC_PREFIX)")
    private String topic;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Which which;

    @Option(names = "--dry-run", description = "Print what would be replayed; send and commit nothing.")
    private boolean dryRun;

    static final class Which {

        @Option(names = "--all", required = true, description = "Every record not replayed yet.")
        private boolean all;

        @Option(names = "--offsets", required = true, paramLabel = "<partition>:<offset>[,...]",
                description = "These records only, e.g. 0:17,2:5; those replayed before are left alone.")
        private PartitionOffsets offsets;

        ReplaySelection selection() {
            return all ? ReplaySelection.all() : ReplaySelection.offsets(offsets.offsets());
        }
    }

    @Override
    public Integer call() {
        ReplayReport report = new Replayer(root.clients(topic)).replay(which.selection(), dryRun);
        spec.commandLine().getOut().print(ReplayReportView.render(report));
        spec.commandLine().getOut().flush();
        return report.isComplete() ? 0 : 1;
    }
}
