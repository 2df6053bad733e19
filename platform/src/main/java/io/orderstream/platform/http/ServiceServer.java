package io.orderstream.platform.http;

import io.helidon.health.HealthCheck;
import io.helidon.integrations.openapi.ui.OpenApiUi;
import io.helidon.openapi.OpenApiFeature;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.metrics.HttpMetrics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The HTTP side every service has: its routes, {@code /observe/health} (readiness from the given
 * checks), {@code /observe/metrics} (Prometheus text), {@code /openapi} and {@code /openapi/ui},
 * and problem+json for every error.
 */
public final class ServiceServer implements AutoCloseable {

    /** Every service's OpenAPI document, on its classpath. */
    private static final String OPENAPI_DOCUMENT = "META-INF/openapi.yaml";

    private final WebServer server;

    private ServiceServer(WebServer server) {
        this.server = server;
    }

    public static Builder builder(String serviceName) {
        return new Builder(serviceName);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }

    public static final class Builder {
        private final String serviceName;
        private int port;
        private Consumer<HttpRouting.Builder> routes = routing -> { };
        private final List<HealthCheck> readiness = new ArrayList<>();
        private long maxPayloadSize = 1024 * 1024;
        private boolean openApi = true;

        private Builder(String serviceName) {
            this.serviceName = serviceName;
        }

        /** The port from the given variable; a port already taken fails with the variable's name. */
        public Builder port(Env env, String variable, int defaultPort) {
            this.port = env.integer(variable, defaultPort);
            if (port != 0 && !isFree(port)) {
                throw new IllegalStateException("port " + port + " is in use; set " + variable + " to another port");
            }
            return this;
        }

        /** Adds routes; a service whose parts each bring their own calls this once per part, in order. */
        public Builder routes(Consumer<HttpRouting.Builder> routes) {
            this.routes = this.routes.andThen(routes);
            return this;
        }

        public Builder readiness(HealthCheck check) {
            readiness.add(check);
            return this;
        }

        public Builder maxPayloadSize(long bytes) {
            this.maxPayloadSize = bytes;
            return this;
        }

        /** Services without an OpenAPI document of their own skip /openapi. */
        public Builder withoutOpenApi() {
            this.openApi = false;
            return this;
        }

        public ServiceServer start() {
            var health = HealthObserver.builder().details(true).useSystemServices(false);
            readiness.forEach(health::addCheck);
            var server = WebServer.builder()
                    .port(port)
                    .maxPayloadSize(maxPayloadSize)
                    .directHandlers(ProblemResponses.directHandlers())
                    .addFeature(ObserveFeature.builder()
                            .addObserver(health.build())
                            .build())
                    .routing(routing -> {
                        ProblemResponses.register(routing);
                        HttpMetrics.register(routing);
                        routes.accept(routing);
                    });
            if (openApi) {
                // named explicitly: Helidon's default search tries openapi.json first, and Apicurio's serde jars carry one
                server.addFeature(OpenApiFeature.builder().staticFile(OPENAPI_DOCUMENT)
                        .addService(OpenApiUi.create()).build());
            }
            WebServer started = server.build().start();
            System.getLogger(serviceName).log(System.Logger.Level.INFO,
                    serviceName + " listening on http://localhost:" + started.port());
            return new ServiceServer(started);
        }

        private static boolean isFree(int port) {
            try (var socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(port));
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
