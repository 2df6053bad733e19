package io.orderstream.localstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Where the local stack keeps its data and which ports its processes listen on.
 *
 * @param workDir                data, logs and state of all processes; survives restarts
 * @param kafkaPort              the broker's client listener
 * @param kafkaControllerPort    the KRaft controller listener
 * @param registryPort           Apicurio Registry's HTTP API
 * @param postgresPort           PostgreSQL
 * @param registryManagementPort Apicurio Registry's health endpoints (Quarkus serves them on a port of their own)
 */
public record LocalStackSettings(
        Path workDir,
        int kafkaPort,
        int kafkaControllerPort,
        int registryPort,
        int postgresPort,
        int registryManagementPort) {

    public static final String HOME_VARIABLE = "ORDERSTREAM_HOME";
    public static final String KAFKA_PORT_VARIABLE = "KAFKA_PORT";
    public static final String KAFKA_CONTROLLER_PORT_VARIABLE = "KAFKA_CONTROLLER_PORT";
    public static final String REGISTRY_PORT_VARIABLE = "REGISTRY_PORT";
    public static final String REGISTRY_MANAGEMENT_PORT_VARIABLE = "REGISTRY_MANAGEMENT_PORT";
    public static final String POSTGRES_PORT_VARIABLE = "POSTGRES_PORT";

    static final String DEFAULT_HOME = ".orderstream";
    static final int DEFAULT_KAFKA_PORT = 9092;
    static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;
    static final int DEFAULT_REGISTRY_PORT = 8085;
    static final int DEFAULT_POSTGRES_PORT = 5433;

    public LocalStackSettings {
        Objects.requireNonNull(workDir, "workDir");
        workDir = workDir.toAbsolutePath().normalize();
        requireValidPort(kafkaPort, KAFKA_PORT_VARIABLE);
        requireValidPort(kafkaControllerPort, KAFKA_CONTROLLER_PORT_VARIABLE);
        requireValidPort(registryPort, REGISTRY_PORT_VARIABLE);
        requireValidPort(postgresPort, POSTGRES_PORT_VARIABLE);
        requireValidPort(registryManagementPort, REGISTRY_MANAGEMENT_PORT_VARIABLE);
    }

    /** The registry's management port defaults to the port after its API port. */
    public LocalStackSettings(Path workDir, int kafkaPort, int kafkaControllerPort, int registryPort, int postgresPort) {
        this(workDir, kafkaPort, kafkaControllerPort, registryPort, postgresPort, registryPort + 1);
    }

    /**
     * {@code ORDERSTREAM_HOME} (default {@code .orderstream}), {@code KAFKA_PORT} (9092),
     * {@code KAFKA_CONTROLLER_PORT} (9093), {@code REGISTRY_PORT} (8085), {@code POSTGRES_PORT} (5433)
     * and {@code REGISTRY_MANAGEMENT_PORT} (registry port + 1).
     */
    public static LocalStackSettings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static LocalStackSettings fromEnvironment(Map<String, String> environment) {
        var variables = new EnvironmentVariables(environment);
        int registryPort = variables.port(REGISTRY_PORT_VARIABLE, DEFAULT_REGISTRY_PORT);
        return new LocalStackSettings(
                Path.of(variables.text(HOME_VARIABLE, DEFAULT_HOME)),
                variables.port(KAFKA_PORT_VARIABLE, DEFAULT_KAFKA_PORT),
                variables.port(KAFKA_CONTROLLER_PORT_VARIABLE, DEFAULT_KAFKA_CONTROLLER_PORT),
                registryPort,
                variables.port(POSTGRES_PORT_VARIABLE, DEFAULT_POSTGRES_PORT),
                variables.port(REGISTRY_MANAGEMENT_PORT_VARIABLE, registryPort + 1));
    }

    /** A fresh work directory under {@code java.io.tmpdir} (the build's {@code target/} in this project) and free ports. */
    public static LocalStackSettings forTests() {
        Path workDir = testStacksDirectory()
                .resolve(AbandonedTestStacks.DIRECTORY_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8));
        int[] ports = PortCheck.freePorts(5);
        return new LocalStackSettings(workDir, ports[0], ports[1], ports[2], ports[3], ports[4]);
    }

    static Path testStacksDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    }

    /** The same settings in another work directory. */
    public LocalStackSettings withWorkDir(Path otherWorkDir) {
        return new LocalStackSettings(otherWorkDir, kafkaPort, kafkaControllerPort, registryPort, postgresPort, registryManagementPort);
    }

    private static void requireValidPort(int port, String variable) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not a valid port; set " + variable + " to a number from 1 to 65535");
        }
    }

    private record EnvironmentVariables(Map<String, String> environment) {

        String text(String name, String defaultValue) {
            String value = environment.get(name);
            return value == null || value.isBlank() ? defaultValue : value.trim();
        }

        int port(String name, int defaultValue) {
            String value = text(name, Integer.toString(defaultValue));
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + "=" + value + " is not a port number", e);
            }
        }
    }
}
