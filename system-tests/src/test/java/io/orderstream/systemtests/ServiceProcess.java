package io.orderstream.systemtests;

import io.orderstream.localstack.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service in a JVM of its own, started from its {@code Main} on this test's class path, so that a test can kill
 * it with {@code kill -9} (no shutdown hook, no clean close of anything) and start it again with the same environment.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    final int port;

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code service} with {@code variables}, on a free port, and waits until it answers ready. */
    static ServiceProcess start(RunningSystem.Service service, Map<String, String> variables) {
        int port = freePort();
        try {
            Path log = Files.createTempFile(Path.of("target"), service.name().toLowerCase() + "-", ".log");
            var builder = new ProcessBuilder(command(service.mainClass()))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(variables);
            builder.environment().put(service.portVariable(), String.valueOf(port));
            var started = new ServiceProcess(builder.start(), log, port);
            started.awaitReady();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> command(String mainClass) {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-Xmx512m");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return command;
    }

    private void awaitReady() {
        try {
            Eventually.await(READY_WITHIN, this::readiness, status -> status == 200);
        } catch (Exception e) {
            throw new AssertionError("not ready; its log " + log + ":\n" + tail(), e);
        }
    }

    private int readiness() {
        if (!process.isAlive()) {
            throw new AssertionError("exited with " + process.exitValue() + "; its log " + log + ":\n" + tail());
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/observe/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** SIGKILL: the process ends at once, whatever it was doing. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
