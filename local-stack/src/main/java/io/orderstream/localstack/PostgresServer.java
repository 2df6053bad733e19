package io.orderstream.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL from zonky's embedded binaries, as a server process of its own. Its data directory lives in the
 * work directory and is kept, so databases survive restarts. Authentication is {@code trust} on localhost.
 * Unlike zonky's test defaults it is durable: a commit it acknowledged survives a crash (see {@link #DURABILITY}).
 */
final class PostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    /**
     * zonky starts the server with {@code -F} (fsync off) and {@code synchronous_commit=off}, made for throw-away test
     * databases: a commit is acknowledged before its WAL is written, so a crash loses it. Kafka offsets committed
     * after such a commit are never redelivered, so the row is lost for good. These settings come after zonky's
     * {@code -F} on the server's command line and therefore win.
     */
    static final Map<String, String> DURABILITY = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");
    private final WorkDirectory workDirectory;
    private final int port;
    private final Path dataDirectory;
    private EmbeddedPostgres postgres;

    PostgresServer(WorkDirectory workDirectory, int port) {
        this.workDirectory = workDirectory;
        this.port = port;
        this.dataDirectory = workDirectory.directory("postgres").resolve("data");
    }

    synchronized void start() {
        releaseCrashedServer();
        PortCheck.requireFree(port, LocalStackSettings.POSTGRES_PORT_VARIABLE);
        long start = System.nanoTime();
        try {
            postgres = builder().start();
        } catch (IOException | RuntimeException e) {
            throw new StartupFailedException("postgres", "PostgreSQL did not start on port " + port + ": " + e.getMessage()
                    + LogTail.describe(logFile(), 40));
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        LOG.log(System.Logger.Level.INFO, () -> "postgres on port " + port + " is healthy after " + millis + " ms"
                + pid().map(pid -> " (pid " + pid + ")").orElse(""));
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + requireValidName(database);
    }

    /** Creates the database unless it exists; safe to call concurrently. */
    void createDatabase(String name) {
        requireValidName(name);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD)) {
            if (!exists(connection, name)) {
                create(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The postmaster's pid, while it runs. */
    Optional<Long> pid() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong)
                    .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    Path logFile() {
        return workDirectory.logFile("postgres");
    }

    /** The data directory: it is on the postmaster's command line, which tells our server from a stranger reusing its pid. */
    Path dataDirectory() {
        return dataDirectory;
    }

    boolean isRunning() {
        return pid().isPresent();
    }

    /** SIGKILL to the postmaster and every backend, as in a crash; {@link #start()} recovers it from its WAL. */
    synchronized void kill() {
        pid().flatMap(ProcessHandle::of).ifPresent(postmaster -> {
            var processes = Stream.concat(postmaster.descendants(), Stream.of(postmaster)).toList();
            processes.forEach(ProcessHandle::destroyForcibly);
            processes.forEach(process -> process.onExit().orTimeout(KILL_WAIT.toSeconds(), TimeUnit.SECONDS).join());
        });
    }

    @Override
    public synchronized void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not stop PostgreSQL", e);
            } finally {
                postgres = null;
            }
        }
    }

    /** After a crash the old instance still holds zonky's lock on the data directory: let it go (its stop fails quietly). */
    private void releaseCrashedServer() {
        if (postgres != null && !isRunning()) {
            close();
        }
    }

    private EmbeddedPostgres.Builder builder() {
        var log = ProcessBuilder.Redirect.appendTo(logFile().toFile());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        DURABILITY.forEach(builder::setServerConfig);
        return builder
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_TIMEOUT)
                .setOutputRedirector(log)
                .setErrorRedirector(log);
    }

    /** pg_ctl runs the server detached; if the JVM that started it died, it is still running on our data directory. */
    void stopOrphanedServer() {
        pid().flatMap(ProcessHandle::of).ifPresent(orphan -> {
            LOG.log(System.Logger.Level.WARNING, () -> "stopping PostgreSQL left running in " + dataDirectory + " (pid " + orphan.pid() + ")");
            orphan.destroy();
            try {
                orphan.onExit().get(ORPHAN_STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception notStoppedInTime) {
                orphan.destroyForcibly();
                orphan.onExit().orTimeout(10, TimeUnit.SECONDS).join();
            }
        });
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            return query.executeQuery().next();
        }
    }

    private static void create(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            // another thread or process created it between our check and our CREATE
            if (!DUPLICATE_DATABASE.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static String requireValidName(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("'" + database + "' is not a database name this stack creates:"
                    + " use letters, digits, '_' and '-', starting with a letter or '_', at most 63 characters");
        }
        return database;
    }
}
