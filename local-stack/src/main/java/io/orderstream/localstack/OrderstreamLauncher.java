package io.orderstream.localstack;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bin/orderstream}: runs the local stack and the services in the background. */
@Command(name = "orderstream",
        mixinStandardHelpOptions = true,
        description = "Runs Orderstream on this machine: PostgreSQL, Kafka, Apicurio Registry and the built services.",
        footer = {"", "Work directory: $ORDERSTREAM_HOME (default .orderstream in the repository). Ports: KAFKA_PORT,"
                + " KAFKA_CONTROLLER_PORT, REGISTRY_PORT, REGISTRY_MANAGEMENT_PORT, POSTGRES_PORT, <SERVICE>_PORT."},
        subcommands = {UpCommand.class, DownCommand.class, StatusCommand.class, LogsCommand.class, ResetCommand.class,
                SuperviseCommand.class, BuildCheckCommand.class, BenchCommand.class})
public final class OrderstreamLauncher implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] arguments) {
        System.exit(commandLine().execute(arguments));
    }

    static CommandLine commandLine() {
        return new CommandLine(new OrderstreamLauncher()).setExecutionExceptionHandler(OrderstreamLauncher::report);
    }

    /** A failure a user can act on reads better as one sentence than as a stack trace. */
    private static int report(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("orderstream " + commandLine.getCommandName() + ": " + failure.getMessage());
        return 1;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: up, down, status, logs, reset or bench");
    }
}
