package io.orderstream.localstack;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Stops a stack run by {@code up}: SIGTERM to its supervisor, then whatever a crashed supervisor left behind. */
final class StackShutdown {

    /** The supervisor stops up to five services, then Kafka and the registry, each within its own grace period. */
    private static final Duration SUPERVISOR_GRACE = Duration.ofSeconds(180);

    private StackShutdown() {
    }

    static void stop(LauncherEnvironment environment, PrintWriter out) {
        Optional<ProcessHandle> supervisor = environment.stateFile().read()
                .flatMap(state -> SupervisorProcess.running(environment, state));
        supervisor.ifPresentOrElse(handle -> stopSupervisor(handle, out), () -> out.println("no supervisor is running"));
        out.flush();
        LocalStack.stopLeftovers(environment.settings());
        environment.stateFile().delete();
        out.println("stopped");
    }

    private static void stopSupervisor(ProcessHandle supervisor, PrintWriter out) {
        out.println("stopping (supervisor pid " + supervisor.pid() + ") ...");
        out.flush();
        supervisor.destroy();
        try {
            supervisor.onExit().get(SUPERVISOR_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notStoppedInTime) {
            out.println("the supervisor did not stop within " + SUPERVISOR_GRACE.toSeconds() + " s; killing it");
            supervisor.destroyForcibly();
            supervisor.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
