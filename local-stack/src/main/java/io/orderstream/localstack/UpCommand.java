package io.orderstream.localstack;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the supervisor in the background and returns once everything is healthy, or prints what failed. */
@Command(name = "up", description = "Starts PostgreSQL, Kafka, Apicurio Registry and the built services in the background.")
final class UpCommand implements Callable<Integer> {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_LINES = 30;
    private static final Duration SUPERVISOR_CLEANUP = Duration.ofSeconds(90);

    @Spec
    private CommandSpec spec;

    @Option(names = "--timeout", defaultValue = "300", description = "Seconds to wait for everything to be healthy (default ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Override
    public Integer call() {
        var environment = LauncherEnvironment.current();
        PrintWriter out = spec.commandLine().getOut();
        Optional<ProcessHandle> running = environment.stateFile().read()
                .flatMap(state -> SupervisorProcess.running(environment, state));
        if (running.isPresent()) {
            out.println("already running (supervisor pid " + running.get().pid() + ")");
        } else {
            environment.stateFile().delete();
            out.println("starting in " + environment.settings().workDir() + " ...");
        }
        out.flush();
        ProcessHandle supervisor = running.orElseGet(() -> SupervisorProcess.spawn(environment));
        return awaitStartup(environment, supervisor, out);
    }

    private int awaitStartup(LauncherEnvironment environment, ProcessHandle supervisor, PrintWriter out) {
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        Set<String> reported = new HashSet<>();
        while (true) {
            Optional<StackState> state = environment.stateFile().read().filter(it -> it.supervisorPid() == supervisor.pid());
            state.ifPresent(it -> reportNewComponents(it, reported, out));
            if (state.map(StackState::status).orElse(null) == StackState.Status.UP) {
                out.println("up. Stop with: bin/orderstream down");
                return 0;
            }
            if (state.flatMap(StackState::failure).isPresent()) {
                return reportFailure(state.get().failure().get(), supervisor, out);
            }
            if (!supervisor.isAlive()) {
                out.println("the supervisor exited before everything was up" + LogTail.describe(environment.supervisorLog(), LOG_LINES));
                return 1;
            }
            if (System.nanoTime() > deadline) {
                out.println("not up within " + timeoutSeconds + " s; it keeps starting in the background."
                        + " See: bin/orderstream status, bin/orderstream logs");
                return 1;
            }
            pause(out);
        }
    }

    private static void reportNewComponents(StackState state, Set<String> reported, PrintWriter out) {
        state.components().stream()
                .filter(component -> reported.add(component.name()))
                .forEach(component -> out.printf("  %-22s %-45s healthy (pid %d)%n", component.name(), component.url(), component.pid()));
        out.flush();
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
