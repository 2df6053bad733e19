package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.orderapi.HttpAnswers;
import io.orderstream.orderapi.OrderApi;
import io.orderstream.orderapi.TestStack;
import io.orderstream.orderapi.access.Callers;
import io.orderstream.orderapi.execution.CommandExecutor;
import io.orderstream.orderapi.execution.CommandWaits;
import io.orderstream.orderapi.store.CommandLog;
import io.orderstream.orderapi.store.IdempotencyKeys;
import io.orderstream.orderapi.store.InvoiceNumbers;
import io.orderstream.orderapi.store.OrderEventLog;
import io.orderstream.orderapi.store.OrderProjection;
import io.orderstream.orderapi.store.OrderReadModel;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.db.Database;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.order.OrderState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The order routes over real HTTP with a real database (read model, command log, idempotency keys), and a
 * {@link InProcessOrderProcessor} (the processor's real order rules) behind the command gateway, whose snapshots go
 * straight into the read model.
 */
final class RoutesHarness implements AutoCloseable {

    static final String ORDER = """
            {"customerEmail": "a@b.com", "currency": "EUR",
             "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unitPrice": 1250}]}""";
    static final CommandWaits WAITS = new CommandWaits(Duration.ofSeconds(2), Duration.ofSeconds(3));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final Database database;
    final InProcessOrderProcessor processor;
    final CommandLog commandLog;
    final OrderProjection projection;
    final OrderEventLog events;
    final IdempotencyKeys keys;
    final InvoiceNumbers invoiceNumbers;
    private final ServiceServer server;

    private RoutesHarness(Env env, Callers callers) {
        database = Database.connect(env, "routes").migrate();
        projection = new OrderProjection(database.dataSource());
        processor = new InProcessOrderProcessor(this::project);
        commandLog = new CommandLog(database.dataSource());
        events = new OrderEventLog(database.dataSource());
        keys = new IdempotencyKeys(database.dataSource(), Duration.ofDays(2), WAITS.lease());
        var executor = new CommandExecutor(processor, commandLog, keys, WAITS, TimeSource.system());
        invoiceNumbers = new InvoiceNumbers(database.dataSource());
        var routes = new OrderRoutes(executor, new OrderReadModel(database.dataSource()), events, commandLog,
                invoiceNumbers, callers);
        server = OrderApi.httpServer(env, routes).withoutOpenApi().start();
    }

    static RoutesHarness start(String testName) {
        return start(testName, Callers.shopOnly());
    }

    /** Every request is told to come from whom {@code callers} says (a merchant, by a request header, ...). */
    static RoutesHarness start(String testName, Callers callers) {
        return new RoutesHarness(TestStack.isolatedEnv(testName), callers);
    }

    private void project(OrderState state) {
        try {
            projection.apply(state);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String body) {
        return post(path, body, Map.of());
    }

    HttpResponse<String> post(String path, String body, String idempotencyKey) {
        return post(path, body, Map.of("Idempotency-Key", idempotencyKey));
    }

    HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * Asks the server with {@code Expect: 100-continue} before sending the body: a server refusing it by its
     * length answers at once, instead of closing the connection while the client is still sending.
     */
    HttpResponse<String> postExpectingContinue(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A body of a length not told in advance is sent in chunks. */
    HttpResponse<String> postChunked(String path, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(body).build());
    }

    /** A body as raw bytes, with the given Content-Type (none when null). */
    HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        var request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    /**
     * A request written byte for byte, for what an HTTP client refuses to send (a lone {@code %}, an empty
     * header); the answer's status line, headers and body as text.
     */
    String raw(String request) {
        try (var socket = new java.net.Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }

    HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Creates an order of 2500 (two mugs) for {@code email} and returns its id. */
    String createOrder(String email) {
        var response = post("/orders", ORDER.replace("a@b.com", email));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asText();
    }

    static String payment(String paymentId, long amount) {
        return "{\"paymentId\": \"%s\", \"amount\": %d}".formatted(paymentId, amount);
    }

    static JsonNode json(HttpResponse<String> response) {
        return HttpAnswers.json(response);
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        return HttpAnswers.assertProblem(response, status, code);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
