package io.orderstream.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One operating-system process: its output appended to a log file (never a pipe that could fill up and
 * block it) and its pid written to a file, so that a later run can find it if this JVM dies without stopping it.
 */
final class ManagedProcess {

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path directory;
    private final WorkDirectory workDirectory;
    private Process process;

    ManagedProcess(String name, List<String> command, Map<String, String> environment, Path directory, WorkDirectory workDirectory) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.directory = directory;
        this.workDirectory = workDirectory;
    }

    String name() {
        return name;
    }

    Path logFile() {
        return workDirectory.logFile(name);
    }

    synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running as pid " + process.pid());
        }
        try {
            Files.createDirectories(directory);
            appendToLog("=== " + Instant.now() + " starting " + name + ": " + String.join(" ", command));
            process = builder().start();
            workDirectory.recordPid(name, process.pid());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + " (" + command.getFirst() + ")", e);
        }
    }

    /** Runs the command to its end, for one-off tools; returns its exit code. */
    int runToCompletion(Duration timeout) {
        start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + logFile());
            }
            workDirectory.forgetPid(name);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** SIGTERM, then SIGKILL if it has not ended after {@code grace}. */
    synchronized void stop(Duration grace) {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!awaitExit(grace)) {
            appendToLog("=== " + Instant.now() + " " + name + " ignored SIGTERM for " + grace + "; killing it");
            kill();
        }
        workDirectory.forgetPid(name);
    }

    /** SIGKILL: what a crash looks like to the other processes. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        if (!awaitExit(KILL_WAIT)) {
            throw new IllegalStateException(name + " (pid " + process.pid() + ") survived SIGKILL");
        }
        workDirectory.forgetPid(name);
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized Optional<Long> pid() {
        return Optional.ofNullable(process).filter(Process::isAlive).map(Process::pid);
    }

    synchronized Optional<Integer> exitCode() {
        return Optional.ofNullable(process).filter(p -> !p.isAlive()).map(Process::exitValue);
    }

    private ProcessBuilder builder() {
        var builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        return builder;
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void appendToLog(String line) {
        try {
            Files.createDirectories(logFile().getParent());
            Files.writeString(logFile(), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + logFile(), e);
        }
    }
}
