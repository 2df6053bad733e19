package io.orderstream.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's run command as a user runs it: {@code bin/orderstream up} starts the stack and every service as
 * processes, an order posted to order-api is read back from the read model, and {@code down} stops it all.
 * Its own work directory and ports, so it runs beside anything else on the machine.
 */
class LauncherEndToEndIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final List<String> PORT_VARIABLES = List.of("KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "REGISTRY_PORT",
            "REGISTRY_MANAGEMENT_PORT", "POSTGRES_PORT", "ORDER_API_PORT", "ORDER_PROCESSOR_PORT",
            "FULFILLMENT_MOCK_PORT", "BILLING_SCHEDULER_PORT", "PAYMENT_PROVIDER_PORT");
    private static final Map<String, String> ENVIRONMENT = new HashMap<>();

    @BeforeAll
    static void chooseWorkDirectoryAndPorts() throws IOException {
        ENVIRONMENT.put("ORDERSTREAM_HOME",
                Path.of("target", "launcher-" + UUID.randomUUID()).toAbsolutePath().toString());
        int[] ports = freePorts(PORT_VARIABLES.size());
        for (int i = 0; i < ports.length; i++) {
            ENVIRONMENT.put(PORT_VARIABLES.get(i), String.valueOf(ports[i]));
        }
    }

    @AfterAll
    static void stopAndWipe() throws Exception {
        orderstream("reset");
    }

    @Test
    void up_runs_every_service_an_order_goes_through_and_down_stops_them() throws Exception {
        Result up = orderstream("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains("order-api").contains("order-processor").contains("billing-scheduler");

        var api = new ApiClient("http://localhost:" + ENVIRONMENT.get("ORDER_API_PORT"));
        var created = api.post("/orders", """
                {"customerEmail": "launcher@shop.example", "currency": "EUR",
                 "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unitPrice": 1250}]}""");
        assertThat(created.status()).as(created.raw().body()).isIn(201, 202);
        String id = created.body().has("id") ? created.body().get("id").asText() : created.body().get("orderId").asText();
        var read = api.await("/orders/" + id, r -> r.status() == 200, Duration.ofSeconds(60));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("total").asLong()).isEqualTo(2500);

        Result status = orderstream("status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).contains("UP").contains("order-api");

        Result down = orderstream("down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(api.canConnect()).isFalse();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result orderstream(String command) throws Exception {
        Path log = Files.createTempFile(Path.of("target"), "orderstream-" + command, ".log");
        var process = new ProcessBuilder(ROOT.resolve("bin/orderstream").toString(), command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        process.environment().putAll(ENVIRONMENT);
        Process started = process.start();
        if (!started.waitFor(4, TimeUnit.MINUTES)) {
            started.destroyForcibly();
            throw new AssertionError("bin/orderstream " + command + " did not return within 4 minutes");
        }
        return new Result(started.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static int[] freePorts(int count) throws IOException {
        var sockets = new ServerSocket[count];
        int[] ports = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
        return ports;
    }
}
