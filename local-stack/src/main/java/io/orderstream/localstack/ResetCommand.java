package io.orderstream.localstack;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** down, then the work directory is deleted: all topics, databases, schemas and logs. */
@Command(name = "reset", description = "Stops everything and deletes the work directory with all data and logs.")
final class ResetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var environment = LauncherEnvironment.current();
        PrintWriter out = spec.commandLine().getOut();
        Path workDir = environment.settings().workDir();
        if (!Files.exists(workDir)) {
            out.println("nothing to reset: " + workDir + " does not exist");
            return 0;
        }
        // a mistyped ORDERSTREAM_HOME must never make us delete someone's directory
        if (!WorkDirectory.isWorkDirectory(workDir)) {
            out.println("not deleting " + workDir + ": it has no " + WorkDirectory.MARKER_FILE + ", so it is not a stack's work directory");
            return 1;
        }
        StackShutdown.stop(environment, out);
        Directories.deleteRecursively(workDir);
        out.println("deleted " + workDir);
        return 0;
    }
}
