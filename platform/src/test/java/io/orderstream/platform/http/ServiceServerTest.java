package io.orderstream.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.platform.config.Env;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServiceServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Echo(String text) {
    }
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
                        .post("/echo", (req, res) -> res.send(req.content().as(String.class)))
                        .post("/json", (req, res) -> Json.send(res, io.helidon.http.Status.OK_200,
                                Json.read(req, Echo.class)))
                        .get("/query", (req, res) -> Json.send(res, io.helidon.http.Status.OK_200,
                                QueryParameters.of(req))))
                .routes(routing -> routing.get("/second-part", (req, res) -> res.send("also served")))
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
    void routes_given_by_two_parts_of_a_service_are_all_served() throws Exception {
        assertThat(send(request("/refused")).statusCode()).isEqualTo(409);
        assertThat(send(request("/second-part")).body()).isEqualTo("also served");
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

    private static HttpResponse<String> postJson(String contentType, byte[] body) throws Exception {
        var request = request("/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("\"code\":\"" + code + "\"");
    }

    @Test
    void a_json_body_sent_as_application_json_is_read() throws Exception {
        var response = postJson("application/json", "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"text\":\"caf\u00e9\"}");
    }

    @Test
    void an_empty_content_type_header_is_a_415_problem_not_a_500() throws Exception {
        assertProblem(postJson("", "{\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
    }

    @Test
    void a_missing_or_other_content_type_is_a_415_problem() throws Exception {
        byte[] body = "{\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8);

        assertProblem(postJson(null, body), 415, "unsupported_media_type");
        assertProblem(postJson("text/plain", body), 415, "unsupported_media_type");
        assertProblem(postJson("application/json; charset=iso-8859-1", body), 415, "unsupported_media_type");
    }

    @Test
    void body_bytes_that_are_not_utf8_are_a_400_malformed_json() throws Exception {
        byte[] latin1 = "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertProblem(postJson("application/json", latin1), 400, "malformed_json");
    }

    @Test
    void a_lone_percent_in_the_query_is_a_400_invalid_query_not_a_500() throws Exception {
        String answer = raw("GET /query?customerEmail=% HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("\"code\":\"invalid_query\"");
    }

    @Test
    void a_well_formed_query_is_decoded() throws Exception {
        var response = send(request("/query?customerEmail=a%40b.com"));

        assertThat(response.body()).isEqualTo("{\"customerEmail\":[\"a@b.com\"]}");
    }

    @Test
    void a_request_the_server_cannot_parse_is_a_400_problem() throws Exception {
        String answer = raw("GET /refused HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains(Problem.MEDIA_TYPE).contains("\"code\":\"bad_request\"");
    }

    /** A request as bytes, for what an HTTP client refuses to send; the answer up to its end or 4 KiB. */
    private static String raw(String request) throws Exception {
        try (var socket = new java.net.Socket("localhost", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readNBytes(4096), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void every_status_helidon_refuses_with_gets_a_code_of_the_catalogue() {
        for (int status : new int[] {400, 404, 405, 406, 413, 414, 415, 431}) {
            Problem problem = ProblemResponses.clientError(io.helidon.http.Status.create(status));

            assertThat(ProblemCode.valueOf(problem.code().toUpperCase(java.util.Locale.ROOT)).status())
                    .as("status %d", status).isEqualTo(problem.status());
        }
    }
}
