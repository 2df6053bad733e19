package io.orderstream.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.time.ManualTimeSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code billing run} against a stand-in for billing-scheduler's {@code /billing-runs} that answers the contract's JSON
 * (billing-contract.md): the real service is another engineer's; re-check against it once merged.
 */
class BillingRunCommandTest {

    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2026-12-01T00:00:05Z"));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger gets = new AtomicInteger();
    private HttpServer server;

    private static String run(String status, int paid, int error) {
        return """
                {"period":"2026-12","status":"%s","startedBy":"MANUAL","startedAt":"2026-12-01T00:00:01Z","fannedOutAt":null,
                 "completedAt":null,"invoices":{"total":10,"pending":%d,"charging":0,"paid":%d,"error":%d,"needsReview":0},
                 "failures":{"insufficient_funds":%d,"customer_not_found":0,"currency_mismatch":0,"network_error":0,"system_error":0}}"""
                .formatted(status, 10 - paid - error, paid, error, error);
    }

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/billing-runs", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI()
                    + ("POST".equals(exchange.getRequestMethod()) ? " " + new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8) : ""));
            if ("POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 201, run("RUNNING", 0, 0));
            } else if (exchange.getRequestURI().getPath().equals("/billing-runs/2026-12")) {
                answer(exchange, 200, gets.incrementAndGet() < 3 ? run("RUNNING", 4, 1) : run("COMPLETED", 8, 2));
            } else {
                answer(exchange, 404, "{\"code\":\"billing_run_not_found\",\"detail\":\"no run\"}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private int command(String... arguments) {
        var env = new Env(Map.of("BILLING_SCHEDULER_URL", "http://localhost:" + server.getAddress().getPort()));
        return new BillingCommand(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), time, false).run(List.of(arguments));
    }

    @Test
    void run_starts_the_current_months_run_follows_it_to_completed_and_prints_the_outcome() {
        int status = command("run");

        assertThat(status).isZero();
        assertThat(requests.get(0)).isEqualTo("POST /billing-runs {\"period\":\"2026-12\"}");
        assertThat(requests).contains("GET /billing-runs/2026-12");
        assertThat(time.sleeps()).hasSize(2).allMatch(RunWatcher.POLL_INTERVAL::equals);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("billing run 2026-12: RUNNING").contains("10/10").contains("run 2026-12: COMPLETED")
                .containsPattern("paid +8").containsPattern("insufficient_funds +2");
    }

    @Test
    void a_problem_answer_prints_its_code_and_exits_1() {
        int status = command("run", "--period", "2027-01");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("GET /billing-runs/2027-01", "404", "billing_run_not_found");
    }

    @Test
    void a_wrong_command_line_prints_the_usage_and_exits_2_without_a_request() {
        int status = command("run", "--period", "december");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--period must be a month", "usage:");
        assertThat(requests).isEmpty();
    }

    @Test
    void help_prints_the_usage_and_exits_0() {
        assertThat(command("seed", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bin/orderstream billing seed");
    }
}
