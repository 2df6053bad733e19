package io.orderstream.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Apicurio Registry 3 from its ready-to-run Quarkus distribution, storing its schemas in our PostgreSQL,
 * so they survive restarts. Health endpoints are on Quarkus' management port, not on the API port.
 */
final class ApicurioRegistry {

    static final String DATABASE = "registry";

    private static final System.Logger LOG = System.getLogger(ApicurioRegistry.class.getName());
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final String MAX_HEAP = "384m";

    private final int port;
    private final int managementPort;
    private final ManagedProcess registry;

    ApicurioRegistry(Distribution distribution, WorkDirectory workDirectory, int port, int managementPort, Database database) {
        this.port = port;
        this.managementPort = managementPort;
        var arguments = new ArrayList<>(systemProperties(database));
        arguments.addAll(List.of("-jar", distribution.apicurioRunner().toString()));
        this.registry = new ManagedProcess("registry", JavaCommand.of(workDirectory, MAX_HEAP, arguments), Map.of(),
                workDirectory.directory("registry"), workDirectory);
    }

    /** The base of the core API, for Apicurio's serdes and clients. */
    String registryUrl() {
        return baseUrl() + "/apis/registry/v3";
    }

    /** The Confluent-compatible API, for Confluent-based clients and tools. */
    String ccompatUrl() {
        return baseUrl() + "/apis/ccompat/v7";
    }

    URI healthUrl() {
        return URI.create("http://localhost:" + managementPort + "/health/ready");
    }

    int port() {
        return port;
    }

    void start() {
        PortCheck.requireFree(port, LocalStackSettings.REGISTRY_PORT_VARIABLE);
        PortCheck.requireFree(managementPort, LocalStackSettings.REGISTRY_MANAGEMENT_PORT_VARIABLE);
        registry.start();
        Duration took = StartupWait.untilHealthy(registry, HealthCheck.httpOk(healthUrl()), STARTUP_TIMEOUT);
        LOG.log(System.Logger.Level.INFO, () -> "registry on " + baseUrl() + " is healthy after " + took.toMillis() + " ms"
                + pid().map(pid -> " (pid " + pid + ")").orElse(""));
    }

    void stop() {
        registry.stop(STOP_GRACE);
    }

    boolean isRunning() {
        return registry.isAlive();
    }

    Optional<Long> pid() {
        return registry.pid();
    }

    Path logFile() {
        return registry.logFile();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    /** System properties rather than environment variables: their names are exactly those in Apicurio's application.properties. */
    private List<String> systemProperties(Database database) {
        return List.of(
                "-Dquarkus.http.host=localhost",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=localhost",
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.log.console.format=%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n",
                "-Dapicurio.storage.kind=sql",
                "-Dapicurio.storage.sql.kind=postgresql",
                "-Dapicurio.datasource.url=" + database.jdbcUrl(),
                "-Dapicurio.datasource.username=" + database.user(),
                "-Dapicurio.datasource.password=" + database.password(),
                // the defaults (20 to 100 connections) are sized for a production server
                "-Dapicurio.datasource.jdbc.initial-size=2",
                "-Dapicurio.datasource.jdbc.min-size=2",
                "-Dapicurio.datasource.jdbc.max-size=10");
    }

    /** Where the registry keeps its data. */
    record Database(String jdbcUrl, String user, String password) {
    }
}
