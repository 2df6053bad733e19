package io.orderstream.localstack;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Which processes run, on which ports, and whether each answers its health check, checked now: a process counts as
 * healthy only while the very process the supervisor started (not a stranger with its pid) runs and answers.
 * Exit code 0 only when all are healthy.
 */
@Command(name = "status", description = "Shows what runs: name, pid, port, health, restarts, memory, URL.")
final class StatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var environment = LauncherEnvironment.current();
        PrintWriter out = spec.commandLine().getOut();
        Optional<StackState> state = environment.stateFile().read();
        Optional<ProcessHandle> supervisor = state.flatMap(it -> SupervisorProcess.running(environment, it));
        if (state.isEmpty() || supervisor.isEmpty()) {
            out.println("not running (work directory " + environment.settings().workDir() + ")");
            state.ifPresent(it -> reportLeftovers(it, out));
            return 3;
        }
        out.println(state.get().status() + " (supervisor pid " + supervisor.get().pid() + ", work directory "
                + environment.settings().workDir() + ")");
        return printComponents(state.get(), out) ? 0 : 1;
    }

    private static void reportLeftovers(StackState state, PrintWriter out) {
        List<String> alive = state.components().stream().filter(ComponentState::isAlive).map(ComponentState::name).toList();
        if (!alive.isEmpty()) {
            out.println("but its supervisor died and left running: " + String.join(", ", alive) + "; stop them with: bin/orderstream down");
        }
    }

    private static boolean printComponents(StackState state, PrintWriter out) {
        out.printf("%-22s %8s %6s %-8s %8s %8s  %s%n", "NAME", "PID", "PORT", "HEALTHY", "RESTARTS", "RSS", "URL");
        boolean allHealthy = true;
        for (ComponentState component : state.components()) {
            boolean healthy = component.isHealthy();
            allHealthy &= healthy;
            out.printf("%-22s %8d %6d %-8s %8d %6d M  %s%n", component.name(), component.pid(), component.port(),
                    healthy ? "yes" : "NO", component.restarts(), component.residentMegabytes(), component.url());
        }
        return allHealthy;
    }
}
