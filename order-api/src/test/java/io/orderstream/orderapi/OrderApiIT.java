package io.orderstream.orderapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.localstack.Eventually;
import io.orderstream.localstack.testing.RegisteredSchemas;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.schemas.order.OrderStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole service started as system-tests and Main start it, on the real Kafka, registry and PostgreSQL,
 * with a scripted order-processor on the topics: every consumer and table wired as in production.
 */
class OrderApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration ASYNC = Duration.ofSeconds(20);
    private static final String ORDER = """
            {"customerEmail": "a@b.com", "currency": "EUR",
             "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unitPrice": 1250}]}""";

    private static OrderApi api;
    private static ScriptedOrderProcessor processor;
    private static List<String> schemaArtifacts;
    /** What the registry held of its topics' schemas once it had started, before the scripted processor wrote any. */
    private static Set<String> schemasAtStart;

    @BeforeAll
    static void start() throws Exception {
        Env env = TestStack.isolatedEnv("orderapi")
                .with("ORDER_API_COMMAND_TIMEOUT", "PT10S")
                .with("ORDER_API_PAYMENT_TIMEOUT", "PT1S");
        api = OrderApi.start(env);
        KafkaSettings kafka = KafkaSettings.from(env);
        schemaArtifacts = OrderApi.TOPICS.stream().map(topic -> kafka.prefixed(topic.name()) + "-value").toList();
        schemasAtStart = RegisteredSchemas.present(kafka.registryUrl(), schemaArtifacts);
        processor = new ScriptedOrderProcessor(KafkaSettings.from(env));
        awaitProcessorAnswering();
    }

    /**
     * The scripted processor joins its consumer group and resolves its schemas after the API is up; until it has, a
     * POST may wait out its timeout. Every test below assumes a processor that answers, so the class starts once one
     * order has been answered 201 (a warm-up order of its own customer, whom no test lists).
     */
    private static void awaitProcessorAnswering() throws Exception {
        Eventually.await(Duration.ofSeconds(60),
                () -> post("/orders", ORDER.replace("a@b.com", "warm-up@shop.example")).statusCode(),
                status -> status == 201);
    }

    @AfterAll
    static void stop() {
        processor.close();
        api.close();
    }

    @Test
    void the_started_service_is_ready_with_every_listener() throws Exception {
        var health = get("/observe/health");

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("database").contains("order-api-projection")
                .contains("order-api-command-results").contains("order-api-events")
                .contains("order-api-command-outcomes").contains("order-api-merchants").contains("\"kafka-broker\"");
    }

    @Test
    void the_schemas_of_every_topic_it_writes_and_reads_are_registered_before_it_starts() {
        assertThat(schemaArtifacts).hasSize(5);
        assertThat(schemasAtStart).containsExactlyInAnyOrderElementsOf(schemaArtifacts);
    }

    @Test
    void a_post_is_answered_with_the_order_from_the_processors_result() throws Exception {
        var response = post("/orders", ORDER.replace("a@b.com", "c@d.com"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode order = json(response);
        assertThat(order.get("customerEmail").asText()).isEqualTo("c@d.com");
        assertThat(order.get("status").asText()).isEqualTo("CREATED");
    }

    @Test
    void a_created_order_is_then_read_listed_and_its_events_shown() throws Exception {
        String email = "reader-" + UUID.randomUUID() + "@shop.example";
        var created = post("/orders", ORDER.replace("a@b.com", email));
        String location = created.headers().firstValue("Location").orElseThrow();

        var read = Eventually.await(ASYNC, () -> get(location), response -> response.statusCode() == 200);
        var listed = Eventually.await(ASYNC, () -> get("/orders?customerEmail=" + email),
                response -> json(response).get("items").size() == 1);
        var events = Eventually.await(ASYNC, () -> get(location + "/events"),
                response -> response.statusCode() == 200 && json(response).get("items").size() == 1);

        assertThat(json(read).get("customerEmail").asText()).isEqualTo(email);
        assertThat(json(listed).get("items").get(0).get("id").asText()).isEqualTo(json(created).get("id").asText());
        assertThat(json(events).get("items").get(0).get("type").asText()).isEqualTo("OrderCreated");
    }

    @Test
    void payments_and_cancellations_go_through_kafka_and_back() throws Exception {
        String id = json(post("/orders", ORDER)).get("id").asText();

        var paid = post("/orders/" + id + "/payments", "{\"paymentId\": \"p-1\", \"amount\": 1000}");
        var cancelled = post("/orders/" + json(post("/orders", ORDER)).get("id").asText() + "/cancel", "");

        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(json(paid).get("paid").asLong()).isEqualTo(1000);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void a_create_and_pay_settled_late_resolves_at_its_status_url() throws Exception {
        var accepted = post("/orders", payNow());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String orderId = json(accepted).get("orderId").asText();
        String status = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(json(get(status)).get("status").asText()).isEqualTo("PENDING");

        Eventually.await(ASYNC, () -> processor.hasChargePending(orderId), pending -> pending);
        processor.captureCharge(orderId);

        var succeeded = Eventually.await(ASYNC, () -> get(status),
                response -> json(response).get("status").asText().equals("SUCCEEDED"));
        assertThat(json(succeeded).get("order").get("paid").asLong()).isEqualTo(2500);
        assertThat(Eventually.await(ASYNC, () -> get("/orders/" + orderId), r -> r.statusCode() == 200).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_create_and_pay_declined_late_fails_at_its_status_url_and_the_order_never_shows() throws Exception {
        String email = "declined-" + UUID.randomUUID() + "@shop.example";
        var accepted = post("/orders", payNow().replace("a@b.com", email));
        String orderId = json(accepted).get("orderId").asText();
        String status = accepted.headers().firstValue("Location").orElseThrow();

        Eventually.await(ASYNC, () -> processor.hasChargePending(orderId), pending -> pending);
        processor.declineCharge(orderId);

        var failed = Eventually.await(ASYNC, () -> get(status),
                response -> json(response).get("status").asText().equals("FAILED"));
        assertThat(json(failed).get("problem").get("status").asInt()).isEqualTo(402);
        assertThat(json(failed).get("problem").get("code").asText()).isEqualTo("payment_declined");
        assertThat(json(failed).has("order")).isFalse();
        assertThat(get("/orders/" + orderId).statusCode()).isEqualTo(404);
        assertThat(json(get("/orders?customerEmail=" + email)).get("items")).isEmpty();
        assertThat(get("/orders/" + orderId + "/events").statusCode()).isEqualTo(404);
    }

    @Test
    void a_newer_snapshot_on_orders_state_reaches_the_read_model() throws Exception {
        String id = UUID.randomUUID().toString();
        processor.publish(OrderStates.at(id, 1, OrderStatus.CREATED));
        processor.publish(OrderStates.at(id, 2, OrderStatus.PAID));

        var read = Eventually.await(ASYNC, () -> get("/orders/" + id),
                response -> response.body().contains("\"PAID\""));

        assertThat(json(read).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void the_command_latency_is_in_the_metrics_per_command_and_outcome() throws Exception {
        post("/orders", ORDER);

        var metrics = HTTP.send(HttpRequest.newBuilder(uri("/observe/metrics")).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.body()).contains("orderstream_api_command_latency").contains("command=\"CreateOrder\"")
                .contains("outcome=\"ACCEPTED\"");
    }

    @Test
    void the_openapi_document_describes_every_endpoint() throws Exception {
        var openapi = get("/openapi");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/orders/{id}/payments").contains("/orders/{id}/cancel")
                .contains("/orders/{id}/events").contains("/commands/{id}").contains("idempotency_key_reused")
                .contains("payment_declined");
    }

    private static String payNow() {
        return ORDER.replace("\"currency\"", "\"payNow\": true, \"currency\"");
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + api.port() + path);
    }
}
