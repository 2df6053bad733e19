package io.orderstream.localstack;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Stops the services, then the stack, gracefully; the data stays. */
@Command(name = "down", description = "Stops the services and the stack gracefully; data stays in the work directory.")
final class DownCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var environment = LauncherEnvironment.current();
        StackShutdown.stop(environment, spec.commandLine().getOut());
        spec.commandLine().getOut().println("data stays in " + environment.settings().workDir());
        return 0;
    }
}
