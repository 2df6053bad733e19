package io.orderstream.billing.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.api.HttpClientRequest;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.orderstream.billing.BillingData;
import io.orderstream.billing.BillingTestStack;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.platform.time.TimeSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * billing's customer and invoice routes over real HTTP (Helidon's WebClient) on a free port, with {@link BillingData}
 * on a PostgreSQL database of their own in the shared local stack.
 */
final class BillingRoutesHarness implements AutoCloseable {

    /** What the server answered. */
    record Response(int status, Optional<String> location, Optional<String> contentType, String body) {

        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    final BillingData data;
    private final ServiceServer server;
    private final WebClient client;

    private BillingRoutesHarness(Env env) {
        data = BillingData.connect(env, TimeSource.system());
        server = ServiceServer.builder("billing-routes").port(env, "BILLING_SCHEDULER_PORT", 0)
                .routes(data::routes).withoutOpenApi().start();
        client = WebClient.builder().baseUri("http://localhost:" + server.port()).build();
    }

    static BillingRoutesHarness start(String testName) {
        var variables = new HashMap<>(BillingTestStack.isolatedDatabase(testName));
        variables.put("BILLING_SCHEDULER_PORT", "0");
        return new BillingRoutesHarness(new Env(variables));
    }

    Response post(String path, String body) {
        return post(path, body, Map.of());
    }

    Response post(String path, String body, String idempotencyKey) {
        return post(path, body, Map.of("Idempotency-Key", idempotencyKey));
    }

    Response post(String path, String body, Map<String, String> headers) {
        HttpClientRequest request = client.post(path).header(HeaderValues.CONTENT_TYPE_JSON);
        headers.forEach((name, value) -> request.header(HeaderNames.create(name), value));
        try (HttpClientResponse response = request.submit(body)) {
            return response(response);
        }
    }

    /** A GET of a path and its query (percent-encoded), each parameter handed to the client to encode again. */
    Response get(String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        HttpClientRequest request = client.get(parts[0]);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                request.queryParam(decoded(nameAndValue[0]), nameAndValue.length == 2 ? decoded(nameAndValue[1]) : "");
            }
        }
        try (HttpClientResponse response = request.request()) {
            return response(response);
        }
    }

    private static String decoded(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Response response(HttpClientResponse response) {
        return new Response(response.status().code(), response.headers().first(HeaderNames.LOCATION),
                response.headers().first(HeaderNames.CONTENT_TYPE), response.as(String.class));
    }

    /** Rows of a table of billing's schema: for "nothing was stored". */
    long count(String table) {
        try (Connection connection = data.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts a problem+json answer with this status and code; returns the problem. */
    static JsonNode assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).hasValue("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).as(response.body()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** The codes of {@code errors[]} for the field. */
    static java.util.List<String> fieldCodes(JsonNode problem, String field) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        problem.get("errors").forEach(error -> {
            if (error.get("field").asText().equals(field)) {
                codes.add(error.get("code").asText());
            }
        });
        return codes;
    }

    @Override
    public void close() {
        client.closeResource();
        server.close();
        data.close();
    }
}
