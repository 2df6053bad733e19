package io.orderstream.localstack;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Kafka (KRaft), Apicurio Registry and PostgreSQL, each a process of its own on this machine, started from
 * local-stack's distribution ({@code local-stack/target/dist}). PostgreSQL starts first; Kafka and the registry
 * (which keeps its schemas in PostgreSQL) then start side by side. Data stays in the work directory across restarts.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(LocalStackSettings.fromEnvironment())) { ... }
 * LocalStack stack = LocalStack.shared(); // in tests: one per JVM, stopped when the JVM exits
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalStack.class.getName());

    /** The one stack of this JVM's tests: its result, or why it did not start. */
    private static CompletableFuture<LocalStack> shared;

    private final LocalStackSettings settings;
    private final WorkDirectory workDirectory;
    private final WorkDirectory.Lock lock;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final ApicurioRegistry registry;
    private boolean closed;

    private LocalStack(LocalStackSettings settings, Distribution distribution, WorkDirectory workDirectory, WorkDirectory.Lock lock) {
        this.settings = settings;
        this.workDirectory = workDirectory;
        this.lock = lock;
        this.postgres = new PostgresServer(workDirectory, settings.postgresPort());
        this.kafka = new KafkaBroker(distribution, workDirectory, settings.kafkaPort(), settings.kafkaControllerPort());
        this.registry = new ApicurioRegistry(distribution, workDirectory, settings.registryPort(), settings.registryManagementPort(),
                new ApicurioRegistry.Database(postgres.jdbcUrl(ApicurioRegistry.DATABASE), PostgresServer.USER, PostgresServer.PASSWORD));
    }

    /** Starts all three and returns once each is healthy; on failure stops what did start and names what failed. */
    public static LocalStack start(LocalStackSettings settings) {
        InfrastructureChoice.fallbackNotice(System.getenv()).ifPresent(notice -> LOG.log(System.Logger.Level.WARNING, notice));
        Distribution distribution = Distribution.locate();
        var workDirectory = new WorkDirectory(settings.workDir());
        WorkDirectory.Lock lock = workDirectory.lock();
        LocalStack stack;
        try {
            stack = new LocalStack(settings, distribution, workDirectory, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * One stack per JVM for tests, in a fresh directory under {@code java.io.tmpdir} on free ports. It stops when the
     * JVM exits and deletes its data then, keeping {@code logs/}. Tests share it: isolate yours by topic prefix,
     * application id and database name.
     */
    public static synchronized LocalStack shared() {
        if (shared == null) {
            shared = new CompletableFuture<>();
            try {
                AbandonedTestStacks.stopAll(LocalStackSettings.testStacksDirectory());
                LocalStack stack = start(LocalStackSettings.forTests());
                Runtime.getRuntime().addShutdownHook(new Thread(stack::closeAndDeleteData, "local-stack-shutdown"));
                shared.complete(stack);
            } catch (RuntimeException e) {
                shared.completeExceptionally(e);
            }
        }
        if (shared.isCompletedExceptionally()) {
            throw new IllegalStateException("the shared local stack did not start (see the cause)", shared.exceptionNow());
        }
        return shared.resultNow();
    }

    /** {@code localhost:<kafka port>}. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The base of Apicurio Registry's core API: {@code http://localhost:<port>/apis/registry/v3}. */
    public String registryUrl() {
        return registry.registryUrl();
    }

    /** The registry's Confluent-compatible API: {@code http://localhost:<port>/apis/ccompat/v7}. */
    public String ccompatUrl() {
        return registry.ccompatUrl();
    }

    /** Creates the database if it is missing; {@code jdbc:postgresql://localhost:<port>/<database>}. */
    public String jdbcUrl(String database) {
        createDatabase(database);
        return postgres.jdbcUrl(database);
    }

    /** Creates the database unless it exists. Names: letters, digits, '_' and '-'. */
    public void createDatabase(String name) {
        postgres.createDatabase(name);
    }

    public String databaseUser() {
        return PostgresServer.USER;
    }

    public String databasePassword() {
        return PostgresServer.PASSWORD;
    }

    /** The broker, which crash tests may stop, kill and start again. */
    public KafkaBroker kafka() {
        return kafka;
    }

    public LocalStackSettings settings() {
        return settings;
    }

    /** Stops all (SIGTERM, then SIGKILL after a timeout); data stays in the work directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Parallel.run(List.of(registry::stop, kafka::stop));
            postgres.close();
        } finally {
            lock.close();
        }
    }

    /** Stops processes that a JVM which died without closing its stack left running in that stack's work directory. */
    static void stopLeftovers(LocalStackSettings settings) {
        var workDirectory = new WorkDirectory(settings.workDir());
        if (!WorkDirectory.isWorkDirectory(workDirectory.root())) {
            return;
        }
        try (WorkDirectory.Lock ignored = workDirectory.lock()) {
            workDirectory.stopLeftovers();
            new PostgresServer(workDirectory, settings.postgresPort()).stopOrphanedServer();
        }
    }

    WorkDirectory workDirectory() {
        return workDirectory;
    }

    PostgresServer postgres() {
        return postgres;
    }

    ApicurioRegistry registry() {
        return registry;
    }

    private void startAll() {
        long start = System.nanoTime();
        workDirectory.stopLeftovers();
        postgres.stopOrphanedServer();
        requirePortsFree(settings);
        postgres.start();
        postgres.createDatabase(ApicurioRegistry.DATABASE);
        // a failure of one stops both, so that the other's wait for health ends at once
        Parallel.run(List.of(kafka::start, registry::start), () -> Parallel.run(List.of(registry::stop, kafka::stop)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.log(System.Logger.Level.INFO, () -> "local stack in " + workDirectory.root() + " is up after " + millis + " ms");
    }

    /** All at once before anything starts, so that a busy port fails fast and names its variable. */
    private static void requirePortsFree(LocalStackSettings settings) {
        PortCheck.requireFree(settings.postgresPort(), LocalStackSettings.POSTGRES_PORT_VARIABLE);
        PortCheck.requireFree(settings.kafkaPort(), LocalStackSettings.KAFKA_PORT_VARIABLE);
        PortCheck.requireFree(settings.kafkaControllerPort(), LocalStackSettings.KAFKA_CONTROLLER_PORT_VARIABLE);
        PortCheck.requireFree(settings.registryPort(), LocalStackSettings.REGISTRY_PORT_VARIABLE);
        PortCheck.requireFree(settings.registryManagementPort(), LocalStackSettings.REGISTRY_MANAGEMENT_PORT_VARIABLE);
    }

    /** Closes the stack and deletes its data, keeping its logs. */
    void closeAndDeleteData() {
        close();
        workDirectory.deleteData();
    }
}
