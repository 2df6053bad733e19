package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.bench.BenchSettings;
import io.orderstream.localstack.bench.BenchTarget;
import io.orderstream.localstack.bench.OrderPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {

    @TempDir
    Path workDir;

    private static BenchSettings settings(List<URI> orderApis) {
        return new BenchSettings(1, Optional.of(Duration.ofSeconds(1)), OptionalLong.empty(), OrderPath.INSTALLMENTS,
                Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1), orderApis);
    }

    private LauncherEnvironment environment(Map<String, String> variables) {
        return new LauncherEnvironment(new LocalStackSettings(workDir, 9092, 9093, 8085, 5433), workDir, variables);
    }

    private void writeRunningStack() {
        long self = ProcessHandle.current().pid();
        StackState state = StackState.starting(self).with(StackState.Status.UP)
                .with(new ComponentState("kafka", self, 19092, "localhost:19092", "tcp://localhost:19092", workDir.resolve("k.log")))
                .with(new ComponentState("registry", self, 18085, "http://localhost:18085/apis/registry/v3", "http://x", workDir.resolve("r.log")))
                .with(new ComponentState("order-api", self, 18080, "http://localhost:18080", "http://x", workDir.resolve("o.log")));
        new StateFile(workDir).write(state);
    }

    @Test
    void the_running_stack_says_where_order_api_kafka_and_the_registry_are_and_which_processes_to_measure() {
        writeRunningStack();

        BenchTarget target = BenchCommand.target(settings(List.of()), environment(Map.of()));

        assertThat(target.orderApis()).containsExactly(URI.create("http://localhost:18080"));
        assertThat(target.bootstrapServers()).isEqualTo("localhost:19092");
        assertThat(target.registryUrl()).isEqualTo("http://localhost:18085/apis/registry/v3");
        assertThat(target.pids()).containsOnlyKeys("kafka", "registry", "order-api");
    }

    @Test
    void the_environment_and_the_command_line_come_before_the_stack() {
        writeRunningStack();
        var variables = Map.of("KAFKA_BOOTSTRAP_SERVERS", "broker:9092", "SCHEMA_REGISTRY_URL", "http://registry/apis/registry/v3",
                "ORDER_API_URL", "http://api:8080", "TOPIC_PREFIX", "perf.");

        BenchTarget target = BenchCommand.target(settings(List.of(URI.create("http://a:1"), URI.create("http://b:2"))),
                environment(variables));

        assertThat(target.orderApis()).containsExactly(URI.create("http://a:1"), URI.create("http://b:2"));
        assertThat(target.bootstrapServers()).isEqualTo("broker:9092");
        assertThat(target.registryUrl()).isEqualTo("http://registry/apis/registry/v3");
        assertThat(target.topicPrefix()).isEqualTo("perf.");
    }

    @Test
    void without_a_stack_the_default_ports_or_the_port_variables_are_used() {
        BenchTarget target = BenchCommand.target(settings(List.of()), environment(Map.of("ORDER_API_PORT", "28080")));

        assertThat(target.orderApis()).containsExactly(URI.create("http://localhost:28080"));
        assertThat(target.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(target.pids()).isEmpty();
    }

    @Test
    void a_wrong_command_line_exits_2_with_the_reason_and_the_usage() {
        var errors = new StringWriter();

        int exitCode = OrderstreamLauncher.commandLine().setErr(new PrintWriter(errors))
                .execute("bench", "orders", "--path", "express");

        assertThat(exitCode).isEqualTo(2);
        assertThat(errors.toString()).contains("--path must be one of installments, pay, mix", "Usage: orderstream bench orders");
    }

    @Test
    void an_order_api_that_does_not_answer_exits_1_saying_so_in_one_line() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var errors = new StringWriter();

        int exitCode = OrderstreamLauncher.commandLine().setErr(new PrintWriter(errors))
                .execute("bench", "orders", "--order-api", "http://localhost:" + closedPort, "--duration", "1s");

        assertThat(exitCode).isEqualTo(1);
        assertThat(errors.toString().strip()).doesNotContain("\n")
                .contains("orderstream bench orders: order-api at http://localhost:" + closedPort + " does not answer");
    }
}
