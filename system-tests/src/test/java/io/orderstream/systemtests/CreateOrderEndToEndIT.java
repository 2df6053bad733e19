package io.orderstream.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An order goes order-api → orders.commands → order-processor → orders.state → read model → GET. */
class CreateOrderEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.start();
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    @Test
    void a_created_order_is_read_back_from_the_read_model() throws Exception {
        HttpResponse<String> created = post("/orders", """
                {"customerEmail": "a@b.com", "currency": "EUR",
                 "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unitPrice": 1250}]}""");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode order = JSON.readTree(created.body());
        String id = order.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/orders/" + id);
        assertThat(order.get("status").asText()).isEqualTo("CREATED");
        assertThat(order.get("total").asLong()).isEqualTo(2500);

        JsonNode read = JSON.readTree(awaitOrder(id).body());
        assertThat(read.get("id").asText()).isEqualTo(id);
        assertThat(read.get("customerEmail").asText()).isEqualTo("a@b.com");
        assertThat(read.get("currency").asText()).isEqualTo("EUR");
        assertThat(read.get("status").asText()).isEqualTo("CREATED");
        assertThat(read.get("total").asLong()).isEqualTo(2500);
        assertThat(read.get("balanceDue").asLong()).isEqualTo(2500);
        assertThat(read.get("paid").asLong()).isZero();
        assertThat(read.get("version").asLong()).isEqualTo(1);
        assertThat(read.get("lines").get(0).get("sku").asText()).isEqualTo("SKU-1");
    }

    @Test
    void an_unknown_order_is_a_404_problem() throws Exception {
        HttpResponse<String> response = get("/orders/no-such-order");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("order_not_found");
    }

    @Test
    void both_services_report_ready() throws Exception {
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(system.processorUrl() + "/observe/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(get("/observe/health").statusCode()).isEqualTo(200);
    }

    /** The read model follows the command result asynchronously; wait for it, with a deadline. */
    private static HttpResponse<String> awaitOrder(String id) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        HttpResponse<String> response = get("/orders/" + id);
        while (response.statusCode() == 404 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            response = get("/orders/" + id);
        }
        assertThat(response.statusCode()).as("GET /orders/%s within 15 s", id).isEqualTo(200);
        return response;
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(system.apiUrl() + path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(system.apiUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
