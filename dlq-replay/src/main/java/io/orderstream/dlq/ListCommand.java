package io.orderstream.dlq;

import io.orderstream.dlq.record.CodeFilter;
import io.orderstream.dlq.record.DeadLetterFilter;
import io.orderstream.dlq.record.Since;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dlq list <dlq-topic> [--limit n] [--since t] [--code c]} */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the records of a dead-letter topic, one per line.",
                "",
                "Records come in partition, then offset order. TIME is when the record failed last (header"
                        + " __orderstream.errors.last-failure), else its timestamp; REPLAYED says whether dlq replay"
                        + " has sent it back."})
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    private DlqCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dlq-topic>", description = "e.g. orders.commands.dlq (without TOPIC_PREFIX)")
    private String topic;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "<n>",
            description = "Show at most this many records (default ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--since", paramLabel = "<instant|duration>",
            description = "Only records that failed since then: an ISO-8601 instant (2026-11-21T10:00:00Z)"
                    + " or a duration back from now (PT1H, P2D).")
    private Since since;

    @Option(names = "--code", paramLabel = "<code>",
            description = "Only records whose exception's simple class name is <code> (SerializationException),"
                    + " or whose exception message has <code> as a whole word (payment_declined). Ignores case.")
    private String code;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        DeadLetterListing.Result result = new DeadLetterListing(root.clients(topic)).list(filter(), limit);
        print(result, spec.commandLine().getOut());
        return 0;
    }

    private DeadLetterFilter filter() {
        return new DeadLetterFilter(
                Optional.ofNullable(since).map(value -> value.from(root.clock().instant())),
                Optional.ofNullable(code).map(CodeFilter::new));
    }

    private static void print(DeadLetterListing.Result result, PrintWriter out) {
        if (result.entries().isEmpty()) {
            out.println("no matching records in " + result.topic());
        } else {
            out.print(DeadLetterTable.of(result.entries()).render());
            out.println(summary(result));
        }
        out.flush();
    }

    private static String summary(DeadLetterListing.Result result) {
        long shown = result.entries().size();
        return shown == result.matching()
                ? shown + (shown == 1 ? " record" : " records")
                : shown + " of " + result.matching() + " matching records (raise --limit for more)";
    }
}
