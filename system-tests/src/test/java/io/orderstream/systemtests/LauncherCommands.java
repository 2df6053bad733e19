package io.orderstream.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/orderstream} as a user runs it, in a work directory and on ports of its own, so that it runs beside
 * anything else on the machine.
 */
final class LauncherCommands {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);
    static final String ORDER = """
            {"customerEmail": "launcher@shop.example", "currency": "EUR",
             "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unitPrice": 1250}]}""";
    private static final List<String> PORT_VARIABLES = List.of("KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "REGISTRY_PORT",
            "REGISTRY_MANAGEMENT_PORT", "POSTGRES_PORT", "ORDER_API_PORT", "ORDER_PROCESSOR_PORT",
            "FULFILLMENT_MOCK_PORT", "BILLING_SCHEDULER_PORT", "PAYMENT_PROVIDER_PORT");

    private final Map<String, String> environment = new HashMap<>();

    record Result(int exitCode, String output, Duration took) {

        /** The pid {@code status} or {@code up} shows for a process. */
        Optional<Long> pidOf(String name) {
            Matcher up = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s+\\S+\\s+healthy \\(pid (\\d+)\\)").matcher(output);
            if (up.find()) {
                return Optional.of(Long.parseLong(up.group(1)));
            }
            Matcher status = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s+(\\d+)\\s").matcher(output);
            return status.find() ? Optional.of(Long.parseLong(status.group(1))) : Optional.empty();
        }

        /** The HEALTHY column of {@code status} for a process. */
        boolean healthyInStatus(String name) {
            return Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s+\\d+\\s+\\d+\\s+yes\\s").matcher(output).find();
        }
    }

    LauncherCommands() {
        environment.put("ORDERSTREAM_HOME", Path.of("target", "launcher-" + UUID.randomUUID()).toAbsolutePath().toString());
        int[] ports = freePorts(PORT_VARIABLES.size());
        for (int i = 0; i < ports.length; i++) {
            environment.put(PORT_VARIABLES.get(i), String.valueOf(ports[i]));
        }
    }

    ApiClient api() {
        return new ApiClient("http://localhost:" + environment.get("ORDER_API_PORT"));
    }

    Result run(String... command) {
        try {
            Path log = Files.createTempFile(Path.of("target"), "orderstream-" + command[0], ".log");
            var arguments = new ArrayList<String>(List.of(ROOT.resolve("bin/orderstream").toString()));
            arguments.addAll(List.of(command));
            var builder = new ProcessBuilder(arguments).directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process started = builder.start();
            if (!started.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                started.destroyForcibly();
                throw new AssertionError("bin/orderstream " + String.join(" ", command) + " did not return within " + COMMAND_TIMEOUT
                        + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(started.exitValue(), Files.readString(log, StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int[] freePorts(int count) {
        var sockets = new ServerSocket[count];
        int[] ports = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    if (socket != null) {
                        socket.close();
                    }
                } catch (IOException ignored) {
                    // a port we could not close stays taken, and the launcher says so
                }
            }
        }
    }
}
