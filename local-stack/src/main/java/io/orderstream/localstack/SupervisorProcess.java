package io.orderstream.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starts the supervisor detached from the terminal, so that it outlives {@code up} and a closed shell. */
final class SupervisorProcess {

    static final String LOG_CONFIGURATION = "io/orderstream/localstack/launcher-log4j2.properties";
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private SupervisorProcess() {
    }

    static ProcessHandle spawn(LauncherEnvironment environment) {
        Path log = environment.supervisorLog();
        try {
            environment.workDirectory().create();
            Process process = new ProcessBuilder(command(environment))
                    .directory(environment.repositoryRoot().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            return process.toHandle();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the supervisor; see " + log, e);
        }
    }

    /** The supervisor of this work directory, if it runs: checked by its command line, since pids get reused. */
    static Optional<ProcessHandle> running(LauncherEnvironment environment, StackState state) {
        return ProcessHandle.of(state.supervisorPid()).filter(environment.workDirectory()::isOurs);
    }

    private static List<String> command(LauncherEnvironment environment) {
        var command = new ArrayList<String>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(JavaCommand.executable());
        command.addAll(JavaCommand.standardOptions("128m"));
        command.add(environment.workDirectory().processMarker());
        command.add("-D" + LauncherEnvironment.ROOT_PROPERTY + "=" + environment.repositoryRoot());
        command.add("-Dlog4j2.configurationFile=" + LOG_CONFIGURATION);
        Optional.ofNullable(System.getProperty(Distribution.PROPERTY)).ifPresent(dist -> command.add("-D" + Distribution.PROPERTY + "=" + dist));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), OrderstreamLauncher.class.getName(), "supervise"));
        return command;
    }
}
