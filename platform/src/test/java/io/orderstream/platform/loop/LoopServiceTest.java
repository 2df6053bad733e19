package io.orderstream.platform.loop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.platform.kafka.KafkaSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every loop service's readiness includes its broker: a running loop whose broker is gone handles nothing. */
class LoopServiceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LoopHarness harness = new LoopHarness();
    private LoopService service;

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
        harness.close();
    }

    @Test
    void a_running_loop_whose_broker_does_not_answer_is_not_ready_and_says_why() throws Exception {
        TransactionalLoop<Integer, String> loop = harness.start();
        Await.until("the loop runs", loop::isRunning);
        service = LoopService.start(loop, http(), new KafkaSettings("localhost:" + closedPort(), "http://localhost:9",
                "", 1, (short) 1));

        HttpResponse<String> ready = get("/observe/health/ready");

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
        JsonNode checks = new ObjectMapper().readTree(ready.body()).get("checks");
        assertThat(check(checks, "transactional-loop").get("status").asText()).isEqualTo("UP");
        assertThat(check(checks, "kafka-broker").get("status").asText()).isEqualTo("DOWN");
        assertThat(check(checks, "kafka-broker").get("data").get("broker").asText()).startsWith("unreachable");
    }

    private static ServiceServer.Builder http() {
        return ServiceServer.builder("test-service").port(new Env(Map.of()), "TEST_PORT", 0).withoutOpenApi();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode check(JsonNode checks, String name) {
        return StreamSupport.stream(checks.spliterator(), false)
                .filter(check -> check.get("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no check " + name + " in " + checks));
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
