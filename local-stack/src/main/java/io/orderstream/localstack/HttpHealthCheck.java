package io.orderstream.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Healthy when a GET answers 200. */
final class HttpHealthCheck implements HealthCheck {

    /** One client for all checks: each client owns a selector thread. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final HttpRequest request;

    HttpHealthCheck(URI url) {
        this.request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build();
    }

    @Override
    public boolean isHealthy() {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
