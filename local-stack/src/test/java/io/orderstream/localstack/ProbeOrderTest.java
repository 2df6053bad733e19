package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a stand-in for order-api that answers POST /orders as scripted. */
class ProbeOrderTest {

    private final Deque<Integer> postAnswers = new ArrayDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final StringWriter output = new StringWriter();
    private HttpServer api;

    @AfterEach
    void stopApi() {
        api.stop(0);
    }

    @Test
    void a_probe_answered_202_waits_for_its_command_then_tries_again_until_an_order_is_answered_201_and_read_back() throws IOException {
        startApi(202, 201);

        ProbeOrder.Outcome outcome = probe();

        assertThat(outcome.succeeded()).as(outcome.description()).isTrue();
        assertThat(requests).containsExactly("POST /orders", "GET /commands/c-1", "POST /orders", "GET /orders/o-2");
        assertThat(output.toString()).contains("answered 202");
    }

    @Test
    void the_probe_order_is_a_recognisable_customer_s() throws IOException {
        startApi(201);

        probe();

        assertThat(ProbeOrder.BODY).contains("\"customerEmail\":\"probe@orderstream.invalid\"");
    }

    @Test
    void a_probe_never_answered_201_fails_and_says_what_was_answered() throws IOException {
        startApi(503, 503, 503, 503, 503, 503);

        ProbeOrder.Outcome outcome = probe();

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.description()).contains("POST /orders answered 503");
        assertThat(requests).hasSize(ProbeOrder.MAX_ATTEMPTS);
    }

    private ProbeOrder.Outcome probe() {
        return new ProbeOrder(URI.create("http://localhost:" + api.getAddress().getPort()))
                .run(Instant.now().plusSeconds(30), new PrintWriter(output, true));
    }

    private void startApi(Integer... answers) throws IOException {
        postAnswers.addAll(List.of(answers));
        api = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        api.createContext("/", this::answer);
        api.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        exchange.getRequestBody().readAllBytes();
        if ("POST".equals(exchange.getRequestMethod())) {
            int attempt = requests.stream().filter(request -> request.startsWith("POST")).toList().size();
            int status = postAnswers.isEmpty() ? 503 : postAnswers.poll();
            if (status == 201) {
                exchange.getResponseHeaders().add("Location", "/orders/o-" + attempt);
            } else if (status == 202) {
                exchange.getResponseHeaders().add("Location", "/commands/c-" + attempt);
            }
            respond(exchange, status, "{\"status\":" + status + "}");
        } else if (path.startsWith("/commands/")) {
            respond(exchange, 200, "{\"status\":\"SUCCEEDED\"}");
        } else {
            respond(exchange, 200, "{\"id\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
