package io.orderstream.localstack.testing;

import io.orderstream.localstack.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A service under test against the {@linkplain LocalStack#shared() shared local stack}: the variables that give it
 * topics of its own, starting it again as the same instance, and GETs on its HTTP side.
 */
public final class StackService<S extends AutoCloseable> implements AutoCloseable {

    private final Supplier<S> start;
    private final ToIntFunction<S> port;
    private S service;

    /** Starts the service; {@code port} tells the HTTP port of a running one. */
    public StackService(Supplier<S> start, ToIntFunction<S> port) {
        this.start = start;
        this.port = port;
        this.service = start.get();
    }

    /**
     * The shared stack's Kafka and registry addresses, a fresh topic prefix ({@code name-it-xxxxxxxx.}) and three
     * partitions a topic, then the service's own variables, then the test's, each overriding what came before.
     */
    public static Map<String, String> variables(String name, Map<String, String> service, Map<String, String> test) {
        LocalStack stack = LocalStack.shared();
        var all = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                "SCHEMA_REGISTRY_URL", stack.registryUrl(),
                "TOPIC_PREFIX", name + "-it-" + UUID.randomUUID().toString().substring(0, 8) + ".",
                "TOPIC_PARTITIONS", "3"));
        all.putAll(service);
        all.putAll(test);
        return all;
    }

    /** The running service; null while stopped. */
    public S service() {
        return service;
    }

    public void stop() {
        if (service != null) {
            try {
                service.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                service = null;
            }
        }
    }

    /** Starts it again as the same instance: same variables, so same topics, consumer group and transactional id. */
    public void startAgain() {
        stop();
        service = start.get();
    }

    public HttpResponse<String> get(String path) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port.applyAsInt(service) + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
