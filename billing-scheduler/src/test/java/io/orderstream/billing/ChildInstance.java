package io.orderstream.billing;

import io.orderstream.localstack.Eventually;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A billing-scheduler in a JVM of its own ({@code target/billing-scheduler.jar}, built before the ITs run), so that
 * a test can kill it with {@code kill -9}: no shutdown hook, no clean close of anything.
 */
final class ChildInstance implements AutoCloseable {

    private final Process process;
    final int port;

    ChildInstance(Map<String, String> variables, String instanceId, Path log) {
        port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-jar", new File("target/billing-scheduler.jar").getAbsolutePath())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(variables);
        builder.environment().put("INSTANCE_ID", instanceId);
        builder.environment().put("BILLING_SCHEDULER_PORT", String.valueOf(port));
        builder.environment().put("BILLING_SCHEDULE_ENABLED", "false");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until it answers ready. */
    void awaitReady(Duration deadline) throws Exception {
        Eventually.await(deadline, this::readiness, status -> status == 200);
    }

    private int readiness() {
        if (!process.isAlive()) {
            throw new AssertionError("the child instance exited with " + process.exitValue());
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/observe/health/ready"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL: the process ends at once, whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
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
