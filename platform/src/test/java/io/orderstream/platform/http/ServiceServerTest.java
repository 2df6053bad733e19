package io.orderstream.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.platform.config.Env;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServiceServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ServiceServer server;

    @BeforeAll
    static void startServer() {
        server = ServiceServer.builder("test-service")
                .port(new Env(Map.of("TEST_PORT", "0")), "TEST_PORT", 0)
                .maxPayloadSize(1024)
                .routes(routing -> routing
                        .get("/refused", (req, res) -> {
                            throw new ProblemException(Problem.of(409, "invalid_state", "Conflict", "Not now."));
                        })
                        .get("/broken", (req, res) -> {
                            throw new IllegalStateException("secret internals");
                        })
                        .post("/echo", (req, res) -> res.send(req.content().as(String.class))))
                .withoutOpenApi()
                .start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
    }

    @Test
    void a_problem_thrown_by_a_handler_is_answered_as_problem_json() throws Exception {
        var response = send(request("/refused"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("\"code\":\"invalid_state\"").contains("\"status\":409");
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_without_internals() throws Exception {
        var response = send(request("/broken"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("\"code\":\"internal_error\"").doesNotContain("secret internals")
                .doesNotContain("Exception");
    }

    @Test
    void a_path_no_route_serves_is_a_404_problem() throws Exception {
        var response = send(request("/no-such-path"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("\"code\":\"not_found\"");
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem() throws Exception {
        var response = send(request("/echo").POST(HttpRequest.BodyPublishers.ofString("x".repeat(4096))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"payload_too_large\"");
    }

    @Test
    void health_and_metrics_are_served() throws Exception {
        assertThat(send(request("/observe/health")).statusCode()).isEqualTo(200);
        send(request("/refused"));
        var metrics = send(request("/observe/metrics"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes")
                .contains("http_server_requests_seconds_count{method=\"GET\",status=\"409\"");
    }

    @Test
    void a_port_in_use_fails_naming_the_port_and_its_variable() throws Exception {
        try (var taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            var env = new Env(Map.of("TEST_PORT", String.valueOf(port)));

            assertThatThrownBy(() -> ServiceServer.builder("test").port(env, "TEST_PORT", 8080))
                    .hasMessage("port " + port + " is in use; set TEST_PORT to another port");
        }
    }
}
