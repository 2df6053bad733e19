package io.orderstream.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A REST client of order-api, as a shop's back end would use it. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration COMMAND_SETTLES_WITHIN = Duration.ofSeconds(60);

    record Response(int status, JsonNode body, HttpResponse<String> raw) {
    }

    private final HttpClient http;
    private final String baseUrl;
    private final String bearerToken;

    ApiClient(String baseUrl) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), baseUrl, null);
    }

    private ApiClient(HttpClient http, String baseUrl, String bearerToken) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
    }

    /** The same client sending {@code Authorization: Bearer <token>} (a merchant's API key, the admin token). */
    ApiClient withToken(String token) {
        return new ApiClient(http, baseUrl, token);
    }

    Response post(String path, String body) {
        return post(path, body, null);
    }

    Response post(String path, String body, String idempotencyKey) {
        return withBody("POST", path, body, idempotencyKey);
    }

    Response patch(String path, String body) {
        return withBody("PATCH", path, body, null);
    }

    private Response withBody(String method, String path, String body, String idempotencyKey) {
        var request = authorized(HttpRequest.newBuilder(URI.create(baseUrl + path)))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return bearerToken == null ? request : request.header("Authorization", "Bearer " + bearerToken);
    }

    /**
     * POSTs a command and, when it is answered 202, follows the status URL until the command settled, as the
     * contract tells clients to: SUCCEEDED is then answered as {@code successStatus} with the order, FAILED
     * with its problem's status and the problem.
     */
    Response postCommand(String path, String body, int successStatus) {
        return postCommand(path, body, null, successStatus);
    }

    /** {@link #postCommand(String, String, int)} with an Idempotency-Key (none when null). */
    Response postCommand(String path, String body, String idempotencyKey, int successStatus) {
        Response response = post(path, body, idempotencyKey);
        if (response.status() != 202) {
            return response;
        }
        String location = response.raw().headers().firstValue("Location").orElseThrow();
        Response status = await(location, r -> r.status() == 200 && !r.body().get("status").asText().equals("PENDING"),
                COMMAND_SETTLES_WITHIN);
        JsonNode command = status.body();
        return switch (command.get("status").asText()) {
            case "SUCCEEDED" -> new Response(successStatus, command.get("order"), status.raw());
            case "FAILED" -> new Response(command.get("problem").get("status").asInt(), command.get("problem"),
                    status.raw());
            default -> throw new AssertionError(path + " still pending after " + COMMAND_SETTLES_WITHIN + ": "
                    + status.raw().body());
        };
    }

    Response get(String path) {
        return send(authorized(HttpRequest.newBuilder(URI.create(baseUrl + path))).timeout(Duration.ofSeconds(30)).GET()
                .build());
    }

    /** Polls GET {@code path} until the answer satisfies {@code done}, for at most {@code within}. */
    Response await(String path, Predicate<Response> done, Duration within) {
        Instant deadline = Instant.now().plus(within);
        Response response = get(path);
        while (!done.test(response) && Instant.now().isBefore(deadline)) {
            pause();
            response = get(path);
        }
        return response;
    }

    /** Every order of a customer, following the listing's cursor page by page. */
    List<JsonNode> listAll(String email, int pageSize) {
        List<JsonNode> all = new ArrayList<>();
        String path = "/orders?customerEmail=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&limit=" + pageSize;
        String next = null;
        do {
            Response page = get(next == null ? path : path + "&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            if (page.status() != 200) {
                throw new AssertionError("listing answered " + page.status() + ": " + page.raw().body());
            }
            page.body().get("items").forEach(all::add);
            next = page.body().hasNonNull("next") ? page.body().get("next").asText() : null;
        } while (next != null);
        return all;
    }

    /** Whether anything answers at the base URL at all. */
    boolean canConnect() {
        try {
            http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/observe/health")).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
