package io.orderstream.localstack;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Starts the supervisor in the background (or, when it runs, has it start again what died) and returns once every
 * process is alive and healthy and a probe order went through ({@link ProbeOrder}); otherwise names what failed.
 */
@Command(name = "up", description = "Starts PostgreSQL, Kafka, Apicurio Registry and the built services in the background;"
        + " when they run, starts again what died. Returns once a probe order went through.")
final class UpCommand implements Callable<Integer> {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_LINES = 30;
    private static final Duration SUPERVISOR_CLEANUP = Duration.ofSeconds(90);
    /** The processes a probe order goes through, whose logs tell why it did not, when all look healthy. */
    private static final List<String> ORDER_PATH = List.of("order-processor", "order-api");

    @Spec
    private CommandSpec spec;

    @Option(names = "--timeout", defaultValue = "300", description = "Seconds to wait for everything to be healthy and the probe order to go through (default ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Override
    public Integer call() {
        var environment = LauncherEnvironment.current();
        PrintWriter out = spec.commandLine().getOut();
        Instant deadline = Instant.now().plusSeconds(timeoutSeconds);
        Optional<ProcessHandle> running = environment.stateFile().read()
                .flatMap(state -> SupervisorProcess.running(environment, state));
        int started;
        if (running.isPresent()) {
            out.println("already running (supervisor pid " + running.get().pid() + "); starting again whatever died ...");
            out.flush();
            requestRestart(environment);
            started = awaitAllHealthy(environment, running.get(), deadline, out)
                    .map(state -> printComponents(state, out)).orElse(1);
        } else {
            environment.stateFile().delete();
            out.println("starting in " + environment.settings().workDir() + " ...");
            out.flush();
            started = awaitStartup(environment, SupervisorProcess.spawn(environment), deadline, out);
        }
        return started == 0 ? probe(environment, deadline, out) : started;
    }

    private int awaitStartup(LauncherEnvironment environment, ProcessHandle supervisor, Instant deadline, PrintWriter out) {
        Set<String> reported = new HashSet<>();
        while (true) {
            Optional<StackState> state = environment.stateFile().read().filter(it -> it.supervisorPid() == supervisor.pid());
            state.ifPresent(it -> reportNewComponents(it, reported, out));
            if (state.map(StackState::isRunning).orElse(false)) {
                return awaitAllHealthy(environment, supervisor, deadline, out).isPresent() ? 0 : 1;
            }
            if (state.flatMap(StackState::failure).isPresent()) {
                return reportFailure(state.get().failure().get(), supervisor, out);
            }
            if (!supervisor.isAlive()) {
                out.println("the supervisor exited before everything was up" + LogTail.describe(environment.supervisorLog(), LOG_LINES));
                return 1;
            }
            if (Instant.now().isAfter(deadline)) {
                out.println("not up within " + timeoutSeconds + " s; it keeps starting in the background."
                        + " See: bin/orderstream status, bin/orderstream logs");
                return 1;
            }
            pause(out);
        }
    }

    /**
     * Until the supervisor says UP and every process it lists is alive (the very process it started) and healthy, checked
     * now rather than believed from the state file; on the deadline names each one that is not, with the tail of its log.
     */
    private Optional<StackState> awaitAllHealthy(LauncherEnvironment environment, ProcessHandle supervisor, Instant deadline,
                                                 PrintWriter out) {
        while (true) {
            Optional<StackState> state = environment.stateFile().read().filter(it -> it.supervisorPid() == supervisor.pid());
            List<ComponentState> unhealthy = state.map(UpCommand::unhealthy).orElse(List.of());
            if (state.isPresent() && state.get().status() == StackState.Status.UP && unhealthy.isEmpty()) {
                return state;
            }
            if (!supervisor.isAlive()) {
                out.println("the supervisor exited" + LogTail.describe(environment.supervisorLog(), LOG_LINES));
                return Optional.empty();
            }
            if (Instant.now().isAfter(deadline)) {
                out.println("not healthy within " + timeoutSeconds + " s:");
                unhealthy.forEach(component -> reportUnhealthy(component, out));
                out.println("the supervisor keeps trying. See: bin/orderstream status, bin/orderstream logs <name>");
                return Optional.empty();
            }
            pause(out);
        }
    }

    private int probe(LauncherEnvironment environment, Instant deadline, PrintWriter out) {
        StackState state = environment.stateFile().read().orElseThrow();
        Optional<ComponentState> api = component(state, "order-api");
        if (api.isEmpty()) {
            out.println("up (no order-api in this repository, so no probe order). Stop with: bin/orderstream down");
            return 0;
        }
        out.println("probing: POST /orders as " + ProbeOrder.CUSTOMER_EMAIL + ", then GET /orders/{id} ...");
        out.flush();
        ProbeOrder.Outcome outcome = new ProbeOrder(URI.create(api.get().url())).run(deadline, out);
        if (outcome.succeeded()) {
            out.println("  " + outcome.description());
            out.println("up. Stop with: bin/orderstream down");
            return 0;
        }
        out.println("the probe order did not go through: " + outcome.description());
        List<ComponentState> unhealthy = unhealthy(state);
        if (unhealthy.isEmpty()) {
            out.println("every process answers its health check; the probe's path goes through order-api and order-processor:");
            ORDER_PATH.forEach(name -> component(state, name)
                    .ifPresent(component -> out.println(component.name() + LogTail.describe(component.log(), LOG_LINES))));
        } else {
            unhealthy.forEach(component -> reportUnhealthy(component, out));
        }
        out.println("it keeps running. See: bin/orderstream status, bin/orderstream logs <name>");
        return 1;
    }

    private static List<ComponentState> unhealthy(StackState state) {
        return state.components().stream().filter(component -> !component.isHealthy()).toList();
    }

    private static Optional<ComponentState> component(StackState state, String name) {
        return state.components().stream().filter(component -> component.name().equals(name)).findFirst();
    }

    private static void reportUnhealthy(ComponentState component, PrintWriter out) {
        String problem = component.isAlive() ? " does not answer its health check (" + component.health() + ")"
                : " is not running (pid " + component.pid() + " is gone)";
        out.println(component.name() + problem + LogTail.describe(component.log(), LOG_LINES));
    }

    private static int printComponents(StackState state, PrintWriter out) {
        state.components().forEach(component -> printHealthy(component, out));
        out.flush();
        return 0;
    }

    private static void reportNewComponents(StackState state, Set<String> reported, PrintWriter out) {
        state.components().stream().filter(component -> reported.add(component.name())).forEach(component -> printHealthy(component, out));
        out.flush();
    }

    private static void printHealthy(ComponentState component, PrintWriter out) {
        out.printf("  %-22s %-45s healthy (pid %d)%s%n", component.name(), component.url(), component.pid(),
                component.restarts() == 0 ? "" : ", restarted " + component.restarts() + "x");
    }

    /** The supervisor restarts the dead on its own, within its restart policy; this also revives what it gave up on. */
    private static void requestRestart(LauncherEnvironment environment) {
        try {
            Files.createDirectories(environment.restartRequest().getParent());
            Files.writeString(environment.restartRequest(), Instant.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + environment.restartRequest(), e);
        }
    }

    /** Returns once the supervisor has stopped what it started, so that the next command finds the work directory free. */
    private static int reportFailure(StackState.Failure failure, ProcessHandle supervisor, PrintWriter out) {
        out.println(("supervisor".equals(failure.component()) ? "failed: " : failure.component() + " failed: ") + failure.message());
        out.flush();
        supervisor.onExit().orTimeout(SUPERVISOR_CLEANUP.toSeconds(), TimeUnit.SECONDS).exceptionally(timeout -> supervisor).join();
        return 1;
    }

    private static void pause(PrintWriter out) {
        out.flush();
        try {
            Thread.sleep(POLL_INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the stack", e);
        }
    }
}
