package io.orderstream.dlq;

import io.orderstream.dlq.kafka.DlqClients;
import io.orderstream.dlq.record.PartitionOffset;
import io.orderstream.dlq.record.PartitionOffsets;
import io.orderstream.dlq.record.Since;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaSettings;
import java.time.Clock;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code bin/orderstream dlq}: the dead-letter topics' command line. Exit codes: 0 done, 1 failed, 2 usage. */
@Command(name = "dlq",
        mixinStandardHelpOptions = true,
        version = "dlq-replay 0.1",
        description = "Lists, shows and replays the records of a dead-letter topic (<topic>.dlq).",
        subcommands = {ListCommand.class, ShowCommand.class, ReplayCommand.class},
        footer = {"", "Topics and the replay's consumer group are named without TOPIC_PREFIX, which is applied as by"
                + " the services. Environment: KAFKA_BOOTSTRAP_SERVERS (localhost:9092), SCHEMA_REGISTRY_URL"
                + " (http://localhost:8085/apis/registry/v3), TOPIC_PREFIX (empty).",
                "Exit codes: 0 done, 1 failed (the reason on stderr), 2 wrong usage."})
public final class DlqCommand implements Runnable {

    private final Env env;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--bootstrap-servers", scope = ScopeType.INHERIT, paramLabel = "<host:port,...>",
            description = "Kafka brokers; default: KAFKA_BOOTSTRAP_SERVERS, else localhost:9092.")
    private String bootstrapServers;

    @Option(names = "--registry-url", scope = ScopeType.INHERIT, paramLabel = "<url>",
            description = "Apicurio Registry's core API, for decoding values; default: SCHEMA_REGISTRY_URL.")
    private String registryUrl;

    DlqCommand(Env env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    /** The command line with its converters and error handling, writing to the given environment's Kafka. */
    public static CommandLine commandLine(Env env, Clock clock) {
        return new CommandLine(new DlqCommand(env, clock))
                .registerConverter(Since.class, converter(Since::parse))
                .registerConverter(PartitionOffset.class, converter(PartitionOffset::parse))
                .registerConverter(PartitionOffsets.class, converter(PartitionOffsets::parse))
                .setExecutionExceptionHandler(DlqCommand::report);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: list, show or replay");
    }

    KafkaSettings kafka() {
        Env overridden = env;
        if (bootstrapServers != null) {
            overridden = overridden.with("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        }
        if (registryUrl != null) {
            overridden = overridden.with("SCHEMA_REGISTRY_URL", registryUrl);
        }
        return KafkaSettings.from(overridden);
    }

    DlqClients clients(String dlqTopic) {
        return new DlqClients(kafka(), dlqTopic);
    }

    Clock clock() {
        return clock;
    }

    /** A failure reads as one line on stderr, exit code 1; an unexpected one names its type and cause too. */
    private static int report(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String message = failure instanceof DlqException ? failure.getMessage() : describe(failure);
        commandLine.getErr().println("dlq " + commandLine.getCommandName() + ": " + message);
        commandLine.getErr().flush();
        return 1;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + "; caused by " + root;
    }

    private static <T> CommandLine.ITypeConverter<T> converter(Function<String, T> parser) {
        return text -> {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        };
    }
}
