package io.orderstream.localstack;

import io.orderstream.localstack.bench.BenchSettings;
import io.orderstream.localstack.bench.BenchTarget;
import io.orderstream.localstack.bench.OrdersBench;
import io.orderstream.localstack.bench.OrdersBenchArguments;
import io.orderstream.localstack.bench.StackUnreachableException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bin/orderstream bench orders}: the order pipeline's benchmark against the running stack. Addresses come from
 * {@code ORDER_API_URL}, {@code KAFKA_BOOTSTRAP_SERVERS}, {@code SCHEMA_REGISTRY_URL} and {@code TOPIC_PREFIX} when
 * set, else from the stack's state file, else the default ports. ({@code bench billing} is billing-scheduler's.)
 */
@Command(name = "bench", description = "Benchmarks against the running stack: bench orders (bench billing is run by bin/orderstream).",
        subcommands = BenchCommand.Orders.class)
final class BenchCommand implements Runnable {

    static final int UNREACHABLE = 1;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark: orders");
    }

    @Command(name = "orders", mixinStandardHelpOptions = true,
            description = "Drives the running stack through order-api's REST API with concurrent clients, watches"
                    + " orders.state for the orders to close, and prints throughput, latencies, errors, CPU per process and"
                    + " the pipeline's Kafka records/s against a raw producer's, measured in the same run.",
            footer = {"", "Exit status: 0 when the run completed (client errors are reported, not fatal), 1 when the stack"
                    + " does not answer, 2 on a wrong command line."})
    static final class Orders implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private OrdersBenchArguments arguments;

        @Override
        public Integer call() throws Exception {
            BenchSettings settings;
            try {
                settings = arguments.settings();
            } catch (IllegalArgumentException wrong) {
                throw new CommandLine.ParameterException(spec.commandLine(), wrong.getMessage(), wrong);
            }
            BenchTarget target = target(settings, LauncherEnvironment.current());
            try {
                new OrdersBench(settings, target, spec.commandLine().getOut(), System.console() != null).run();
                return 0;
            } catch (StackUnreachableException unreachable) {
                spec.commandLine().getErr().println("orderstream bench orders: " + unreachable.getMessage()
                        + "; start the stack with: bin/orderstream up");
                return UNREACHABLE;
            }
        }
    }

    /** Where the benchmark's stack is: the command line and the environment first, then the stack's state file. */
    static BenchTarget target(BenchSettings settings, LauncherEnvironment environment) {
        Optional<StackState> running = environment.stateFile().read().filter(StackState::isRunning).filter(StackState::supervisorAlive);
        Map<String, String> variables = environment.variables();
        List<URI> apis = !settings.orderApis().isEmpty() ? settings.orderApis()
                : List.of(URI.create(value(variables, "ORDER_API_URL", running, "order-api",
                        "http://localhost:" + variables.getOrDefault("ORDER_API_PORT", "8080"))));
        String bootstrap = value(variables, "KAFKA_BOOTSTRAP_SERVERS", running, "kafka",
                "localhost:" + variables.getOrDefault("KAFKA_PORT", "9092"));
        String registry = value(variables, "SCHEMA_REGISTRY_URL", running, "registry",
                "http://localhost:" + variables.getOrDefault("REGISTRY_PORT", "8085") + "/apis/registry/v3");
        var pids = new LinkedHashMap<String, Long>();
        running.ifPresent(state -> state.components().stream().filter(ComponentState::isAlive)
                .forEach(component -> pids.put(component.name(), component.pid())));
        return new BenchTarget(apis, bootstrap, registry, variables.getOrDefault("TOPIC_PREFIX", ""), pids);
    }

    private static String value(Map<String, String> variables, String variable, Optional<StackState> running, String component,
                                String fallback) {
        String given = variables.get(variable);
        if (given != null && !given.isBlank()) {
            return given;
        }
        return running.flatMap(state -> state.components().stream().filter(it -> it.name().equals(component)).findFirst())
                .map(ComponentState::url).filter(url -> !url.isBlank()).orElse(fallback);
    }
}
