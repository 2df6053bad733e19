package io.orderstream.orderapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole service started as system-tests and Main start it, on the real Kafka, registry and PostgreSQL. */
class OrderApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(15);

    private static OrderApi api;
    private static ScriptedOrderProcessor processor;

    @BeforeAll
    static void start() {
        Env env = TestStack.isolatedEnv("orderapi").with("ORDER_API_COMMAND_TIMEOUT", "PT10S");
        api = OrderApi.start(env);
        processor = new ScriptedOrderProcessor(KafkaSettings.from(env));
    }

    @AfterAll
    static void stop() {
        processor.close();
        api.close();
    }

    @Test
    void the_started_service_is_ready() throws Exception {
        var health = get("/observe/health");

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("database").contains("order-api-projection")
                .contains("order-api-command-results");
    }

    @Test
    void a_post_is_answered_with_the_order_from_the_processors_result() throws Exception {
        var response = post("""
                {"customerEmail": "a@b.com", "currency": "EUR",
                 "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unitPrice": 1250}]}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode order = Json.MAPPER.readTree(response.body());
        assertThat(order.get("customerEmail").asText()).isEqualTo("a@b.com");
        assertThat(order.get("status").asText()).isEqualTo("CREATED");
    }

    @Test
    void a_created_order_is_then_read_from_the_read_model() throws Exception {
        var created = post("""
                {"customerEmail": "c@d.com", "currency": "EUR",
                 "lines": [{"sku": "SKU-2", "name": "Pot", "quantity": 1, "unitPrice": 900}]}""");
        String location = created.headers().firstValue("Location").orElseThrow();

        var read = Eventually.await(PROJECTION_TIMEOUT, () -> get(location), response -> response.statusCode() == 200);

        assertThat(Json.MAPPER.readTree(read.body()).get("customerEmail").asText()).isEqualTo("c@d.com");
    }

    @Test
    void a_newer_snapshot_on_orders_state_reaches_the_read_model() throws Exception {
        String id = UUID.randomUUID().toString();
        processor.publish(OrderStates.at(id, 1, OrderStatus.CREATED));
        processor.publish(OrderStates.at(id, 2, OrderStatus.PAID));

        var read = Eventually.await(PROJECTION_TIMEOUT, () -> get("/orders/" + id),
                response -> response.body().contains("\"PAID\""));

        assertThat(Json.MAPPER.readTree(read.body()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void the_created_orders_and_the_command_latency_are_in_the_metrics() throws Exception {
        post("""
                {"customerEmail": "e@f.com", "currency": "EUR",
                 "lines": [{"sku": "SKU-3", "name": "Cup", "quantity": 1, "unitPrice": 500}]}""");

        var metrics = HTTP.send(HttpRequest.newBuilder(uri("/observe/metrics")).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.body()).contains("orderstream_orders_created").contains("orderstream_command_latency")
                .contains("command=\"CreateOrder\"");
    }

    @Test
    void the_openapi_document_describes_the_order_endpoints() throws Exception {
        var openapi = get("/openapi");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/orders/{id}").contains("idempotency_key_reused");
    }

    private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri("/orders"))
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
