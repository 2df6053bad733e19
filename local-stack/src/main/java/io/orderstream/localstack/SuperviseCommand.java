package io.orderstream.localstack;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The background process that {@code up} starts; not for people to call. */
@Command(name = "supervise", hidden = true, description = "Runs the stack in the foreground until SIGTERM.")
final class SuperviseCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new Supervisor(LauncherEnvironment.current()).run();
    }
}
