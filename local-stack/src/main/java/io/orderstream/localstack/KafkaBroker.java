package io.orderstream.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft Kafka (broker and controller in one process) run from Kafka's own jars.
 * Crash tests can {@link #kill()} it and {@link #start()} it again on the same data.
 */
public final class KafkaBroker {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String MAX_HEAP = "512m";

    private final Distribution distribution;
    private final WorkDirectory workDirectory;
    private final int port;
    private final int controllerPort;
    private final Path home;
    private final ManagedProcess broker;

    KafkaBroker(Distribution distribution, WorkDirectory workDirectory, int port, int controllerPort) {
        this.distribution = distribution;
        this.workDirectory = workDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.home = workDirectory.directory("kafka");
        this.broker = new ManagedProcess("kafka", javaCommand("kafka.Kafka", serverProperties().toString()), Map.of(), home, workDirectory);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the broker (formatting its storage the first time) and returns once it answers metadata requests. */
    public void start() {
        launch();
        long millis;
        try (var health = new KafkaHealthCheck(bootstrapServers(), port)) {
            millis = StartupWait.untilHealthy(broker, health, STARTUP_TIMEOUT).toMillis();
        }
        LOG.log(System.Logger.Level.INFO, () -> "kafka on " + bootstrapServers() + " is healthy after " + millis + " ms"
                + pid().map(pid -> " (pid " + pid + ")").orElse(""));
    }

    private synchronized void launch() {
        if (isRunning()) {
            throw new IllegalStateException("kafka is already running (pid " + pid().orElse(-1L) + ")");
        }
        PortCheck.requireFree(port, LocalStackSettings.KAFKA_PORT_VARIABLE);
        PortCheck.requireFree(controllerPort, LocalStackSettings.KAFKA_CONTROLLER_PORT_VARIABLE);
        writeConfiguration();
        formatStorageOnce();
        broker.start();
    }

    /** Controlled shutdown: SIGTERM, and SIGKILL if it has not ended after 30 s. */
    public void stop() {
        broker.stop(STOP_GRACE);
    }

    /** SIGKILL, as in a crash; {@link #start()} brings it back on the same data. */
    public void kill() {
        broker.kill();
    }

    public boolean isRunning() {
        return broker.isAlive();
    }

    public Optional<Long> pid() {
        return broker.pid();
    }

    public Path logFile() {
        return broker.logFile();
    }

    private List<String> javaCommand(String mainClass, String... arguments) {
        var command = new ArrayList<String>(List.of(
                "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"),
                "-cp", distribution.kafkaClasspath(),
                mainClass));
        command.addAll(List.of(arguments));
        return JavaCommand.of(workDirectory, MAX_HEAP, command);
    }

    private Path serverProperties() {
        return home.resolve("server.properties");
    }

    private Path dataDirectory() {
        return home.resolve("data");
    }

    private void writeConfiguration() {
        try {
            Files.createDirectories(dataDirectory());
            Files.writeString(serverProperties(), KafkaServerProperties.render(
                    KafkaServerProperties.singleNode(port, controllerPort, dataDirectory())));
            try (InputStream log4j = KafkaBroker.class.getResourceAsStream("kafka-log4j2.properties")) {
                Files.copy(log4j, home.resolve("log4j2.properties"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write Kafka's configuration into " + home, e);
        }
    }

    /** The storage tool refuses to run twice; {@code meta.properties} is its proof of a formatted log directory. */
    private void formatStorageOnce() {
        if (Files.exists(dataDirectory().resolve("meta.properties"))) {
            return;
        }
        var format = new ManagedProcess("kafka-format", javaCommand("kafka.tools.StorageTool",
                "format", "-t", clusterId(), "-c", serverProperties().toString(),
                // Eligible leader replicas (KIP-966) drop a broker that was killed from the ELR; with one broker
                // that forces an unclean leader recovery, which left a committed transaction unmarked in tests
                "--feature", "eligible.leader.replicas.version=0"), Map.of(), home, workDirectory);
        int exitCode = format.runToCompletion(FORMAT_TIMEOUT);
        if (exitCode != 0) {
            throw new StartupFailedException("kafka", "formatting Kafka's storage failed with exit code " + exitCode
                    + LogTail.describe(format.logFile(), 30));
        }
    }

    /** Generated once per work directory and kept, so the storage can be formatted again with the same identity. */
    private String clusterId() {
        Path file = home.resolve("cluster.id");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, Uuid.randomUuid().toString());
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file, e);
        }
    }
}
