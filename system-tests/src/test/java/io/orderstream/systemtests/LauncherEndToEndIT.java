package io.orderstream.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's run command as a user runs it: {@code bin/orderstream up} starts the stack and every service as
 * processes and returns once a probe order went through; an order is then answered {@code 201} at once; a service
 * killed afterwards is started again by a second {@code up}; one that stops answering makes {@code up} fail naming it;
 * {@code down} stops it all. One stack for the class (a
 * start takes most of a minute on two cores), so the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherEndToEndIT {

    private static final LauncherCommands ORDERSTREAM = new LauncherCommands();
    private static LauncherCommands.Result up;

    @BeforeAll
    static void up() {
        up = ORDERSTREAM.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
    }

    @AfterAll
    static void stopAndWipe() {
        ORDERSTREAM.run("reset");
    }

    @Test
    @Order(1)
    void up_starts_every_service_and_returns_once_a_probe_order_was_answered_201_and_read_back() {
        assertThat(up.output()).contains("order-api", "order-processor", "fulfillment-mock", "billing-scheduler",
                "payment-provider-mock", "probe@orderstream.invalid", "answered 201", "read back", "up.");
    }

    @Test
    @Order(2)
    void after_up_an_order_is_answered_201_at_once_not_202() {
        var api = ORDERSTREAM.api();

        var created = api.post("/orders", LauncherCommands.ORDER);

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        var read = api.await("/orders/" + created.body().get("id").asText(), r -> r.status() == 200, Duration.ofSeconds(30));
        assertThat(read.body().get("total").asLong()).isEqualTo(2500);
    }

    @Test
    @Order(3)
    void a_service_killed_after_up_is_started_again_by_a_second_up_and_status_shows_it_healthy_with_a_new_pid() {
        long killed = ORDERSTREAM.run("status").pidOf("order-processor").orElseThrow();
        ProcessHandle.of(killed).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });

        LauncherCommands.Result again = ORDERSTREAM.run("up");
        LauncherCommands.Result status = ORDERSTREAM.run("status");

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.pidOf("order-processor")).isPresent().get().isNotEqualTo(killed);
        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.healthyInStatus("order-processor")).as(status.output()).isTrue();
        assertThat(status.pidOf("order-processor")).as(status.output()).isPresent().get().isNotEqualTo(killed);
    }

    @Test
    @Order(4)
    void up_fails_naming_a_service_that_does_not_answer_and_prints_the_tail_of_its_log() throws Exception {
        long frozen = ORDERSTREAM.run("status").pidOf("fulfillment-mock").orElseThrow();
        signal("STOP", frozen);
        try {
            LauncherCommands.Result up = ORDERSTREAM.run("up", "--timeout", "15");

            assertThat(up.exitCode()).as(up.output()).isNotZero();
            assertThat(up.output()).contains("fulfillment-mock does not answer its health check", "last lines of",
                    "fulfillment-mock.log");
        } finally {
            signal("CONT", frozen);
        }
    }

    @Test
    @Order(5)
    void down_stops_every_service() {
        LauncherCommands.Result down = ORDERSTREAM.run("down");

        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(ORDERSTREAM.api().canConnect()).isFalse();
    }

    private static void signal(String signal, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor()).isZero();
    }
}
