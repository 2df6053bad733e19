package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.orderapi.OrderApi;
import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.TestStack;
import io.orderstream.orderapi.store.IdempotencyKeys;
import io.orderstream.orderapi.store.OrderProjection;
import io.orderstream.orderapi.store.OrderReadModel;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.db.Database;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.schemas.order.FieldError;
import io.orderstream.schemas.order.OrderStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order routes over real HTTP and a real read model, with a fake order-processor behind the
 * command gateway.
 */
class OrderRoutesIT {

    private static final String ORDER = """
            {"customerEmail": "a@b.com", "currency": "EUR",
             "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unitPrice": 1250}]}""";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Database database;
    private static ServiceServer server;
    private static FakeOrderProcessor processor;
    private static SimpleMeterRegistry meters;

    @BeforeAll
    static void startServer() {
        Env env = TestStack.isolatedEnv("routes");
        database = Database.connect(env, "routes").migrate();
        processor = new FakeOrderProcessor();
        meters = new SimpleMeterRegistry();
        var routes = new OrderRoutes(processor, new OrderReadModel(database.dataSource()),
                new IdempotencyKeys(database.dataSource()), Clock.systemUTC(), meters);
        server = OrderApi.httpServer(env, routes).withoutOpenApi().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
        database.close();
    }

    @BeforeEach
    void resetProcessor() {
        processor.reset();
    }

    // ---- POST /orders

    @Test
    void a_created_order_is_answered_201_with_the_order_and_its_location() throws Exception {
        var response = post(ORDER, Map.of());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode order = json(response);
        String id = order.get("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue("/orders/" + id);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(order.get("status").asText()).isEqualTo("CREATED");
        assertThat(order.get("total").asLong()).isEqualTo(2500);
        assertThat(order.get("lines").get(0).get("sku").asText()).isEqualTo("SKU-1");
    }

    @Test
    void each_order_gets_a_new_uuid_as_its_key() throws Exception {
        post(ORDER, Map.of());
        post(ORDER, Map.of());

        assertThat(processor.received()).extracting(command -> command.getOrderId()).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(UUID.fromString(id)).isNotNull());
    }

    @Test
    void a_result_that_does_not_come_in_time_is_answered_202_with_the_location() throws Exception {
        processor.answerNothing();

        var response = post(ORDER, Map.of());

        assertThat(response.statusCode()).isEqualTo(202);
        String id = json(response).get("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue("/orders/" + id);
    }

    @Test
    void an_order_the_processor_refuses_is_a_422_problem_with_its_code_and_field_errors() throws Exception {
        processor.refuseWith(result -> result.setErrorCode("validation_failed").setErrorMessage("The order is not valid.")
                .setFieldErrors(List.of(new FieldError("currency", "currency_unsupported", "Unsupported currency."))));

        var response = post(ORDER, Map.of());

        assertProblem(response, 422, "validation_failed");
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("currency");
        assertThat(error.get("code").asText()).isEqualTo("currency_unsupported");
    }

    @Test
    void kafka_being_unreachable_is_a_503_problem_without_internals() throws Exception {
        processor.beUnreachable();

        var response = post(ORDER, Map.of());

        assertProblem(response, 503, "service_unavailable");
        assertThat(response.body()).doesNotContain("secret broker detail").doesNotContain("Exception");
    }

    @Test
    void malformed_json_is_a_400_problem() throws Exception {
        assertProblem(post("{\"customerEmail\": ", Map.of()), 400, "malformed_json");
    }

    @Test
    void a_field_of_the_wrong_type_is_a_400_problem_naming_the_field() throws Exception {
        var response = post(ORDER.replace("\"quantity\": 2", "\"quantity\": 2.5"), Map.of());

        assertProblem(response, 400, "invalid_json_type");
        assertThat(json(response).get("detail").asText()).contains("lines[0].quantity");
    }

    @Test
    void an_unknown_field_is_a_400_problem() throws Exception {
        assertProblem(post(ORDER.replace("\"currency\"", "\"discount\": 5, \"currency\""), Map.of()), 400,
                "invalid_json_type");
    }

    @Test
    void a_missing_body_is_a_400_problem() throws Exception {
        assertProblem(post("", Map.of()), 400, "missing_body");
    }

    @Test
    void an_order_without_lines_is_a_422_problem_naming_the_field() throws Exception {
        var response = post("{\"customerEmail\": \"a@b.com\", \"currency\": \"EUR\", \"lines\": []}", Map.of());

        assertProblem(response, 422, "validation_failed");
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("lines");
        assertThat(processor.received()).isEmpty();
    }

    @Test
    void a_null_line_is_a_422_problem_not_a_server_error() throws Exception {
        var response = post("{\"customerEmail\": \"a@b.com\", \"currency\": \"EUR\", \"lines\": [null]}", Map.of());

        assertProblem(response, 422, "validation_failed");
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("lines[0]");
    }

    @Test
    void a_body_over_256_kib_is_a_413_problem() throws Exception {
        String huge = ORDER.replace("\"Mug\"", "\"" + "M".repeat(300 * 1024) + "\"");

        assertProblem(post(huge, Map.of()), 413, "payload_too_large");
    }

    @Test
    void a_created_order_is_counted() throws Exception {
        double before = meters.get(OrderRoutes.ORDERS_CREATED_METER).counter().count();

        post(ORDER, Map.of());

        assertThat(meters.get(OrderRoutes.ORDERS_CREATED_METER).counter().count()).isEqualTo(before + 1);
    }

    // ---- Idempotency-Key

    @Test
    void the_same_key_with_the_same_body_answers_the_same_order() throws Exception {
        String key = "key-" + UUID.randomUUID();
        var first = post(ORDER, Map.of("Idempotency-Key", key));

        var second = post(ORDER.replace(" ", ""), Map.of("Idempotency-Key", key));

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(json(second).get("id").asText()).isEqualTo(json(first).get("id").asText());
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    }

    @Test
    void a_repeated_request_is_not_counted_again() throws Exception {
        String key = "key-" + UUID.randomUUID();
        post(ORDER, Map.of("Idempotency-Key", key));
        double before = meters.get(OrderRoutes.ORDERS_CREATED_METER).counter().count();

        post(ORDER, Map.of("Idempotency-Key", key));

        assertThat(meters.get(OrderRoutes.ORDERS_CREATED_METER).counter().count()).isEqualTo(before);
    }

    @Test
    void the_key_travels_with_the_command() throws Exception {
        String key = "key-" + UUID.randomUUID();

        post(ORDER, Map.of("Idempotency-Key", key));

        assertThat(processor.received()).singleElement()
                .satisfies(command -> assertThat(command.getIdempotencyKey()).isEqualTo(key));
    }

    @Test
    void the_same_key_with_another_body_is_a_422_problem() throws Exception {
        String key = "key-" + UUID.randomUUID();
        post(ORDER, Map.of("Idempotency-Key", key));

        var response = post(ORDER.replace("\"quantity\": 2", "\"quantity\": 3"), Map.of("Idempotency-Key", key));

        assertProblem(response, 422, "idempotency_key_reused");
        assertThat(processor.received()).hasSize(1);
    }

    @Test
    void a_repeat_after_a_timeout_learns_the_order_created_meanwhile() throws Exception {
        String key = "key-" + UUID.randomUUID();
        processor.answerNothing();
        String id = json(post(ORDER, Map.of("Idempotency-Key", key))).get("id").asText();
        processor.resumeDeciding();

        var repeat = post(ORDER, Map.of("Idempotency-Key", key));

        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(json(repeat).get("id").asText()).isEqualTo(id);
    }

    @Test
    void an_overlong_key_is_a_400_problem() throws Exception {
        assertProblem(post(ORDER, Map.of("Idempotency-Key", "k".repeat(256))), 400, "invalid_idempotency_key");
    }

    // ---- GET /orders/{id}

    @Test
    void a_projected_order_is_read_back() throws Exception {
        String id = UUID.randomUUID().toString();
        new OrderProjection(database.dataSource()).apply(OrderStates.at(id, 2, OrderStatus.PAID));

        var response = get("/orders/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode order = json(response);
        assertThat(order.get("id").asText()).isEqualTo(id);
        assertThat(order.get("status").asText()).isEqualTo("PAID");
        assertThat(order.get("version").asLong()).isEqualTo(2);
        assertThat(order.get("createdAt").asText()).isEqualTo("2026-11-21T10:15:30.123Z");
    }

    @Test
    void an_unknown_order_is_a_404_problem() throws Exception {
        assertProblem(get("/orders/" + UUID.randomUUID()), 404, "order_not_found");
    }

    @Test
    void an_order_waiting_for_its_payment_is_a_404_problem() throws Exception {
        String id = UUID.randomUUID().toString();
        new OrderProjection(database.dataSource()).apply(OrderStates.at(id, 1, OrderStatus.PENDING_PAYMENT));

        assertProblem(get("/orders/" + id), 404, "order_not_found");
    }

    // ---- helpers

    private static void assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.MAPPER.readTree(response.body());
    }

    private static HttpResponse<String> post(String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri("/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
