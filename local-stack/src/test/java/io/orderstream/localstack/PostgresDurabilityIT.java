package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local PostgreSQL keeps what it acknowledged: zonky's defaults (fsync off, synchronous_commit off) lost
 * acknowledged rows when the server was killed, and the Kafka offsets committed after them never brought them back.
 */
class PostgresDurabilityIT {

    private static final String DATABASE = "durability";
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 3_000;

    private final LocalStackSettings settings = LocalStackSettings.forTests();
    private final WorkDirectory workDirectory = new WorkDirectory(settings.workDir());
    private PostgresServer postgres;

    @BeforeEach
    void startPostgres() {
        workDirectory.create();
        postgres = new PostgresServer(workDirectory, settings.postgresPort());
        postgres.start();
        postgres.createDatabase(DATABASE);
    }

    @AfterEach
    void stopPostgresKeepingItsLog() {
        postgres.close();
        workDirectory.deleteData();
    }

    @Test
    void the_server_runs_with_fsync_synchronous_commit_and_full_page_writes_on() throws SQLException {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    @Test
    void no_acknowledged_insert_is_lost_when_the_server_is_killed_and_started_again() throws Exception {
        execute("CREATE TABLE acknowledged (id bigint PRIMARY KEY)");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        var nextId = new AtomicLong();

        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            IntStream.range(0, WRITERS).forEach(i -> writers.submit(() -> insertUntilTheServerDies(nextId, acknowledged)));
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_THE_KILL) {
                Thread.onSpinWait();
            }
            postgres.kill();
        }
        postgres.start();

        assertThat(storedIds()).containsAll(acknowledged);
    }

    /** Each INSERT in its own transaction; an id counts as acknowledged once its commit returned. */
    private void insertUntilTheServerDies(AtomicLong nextId, Set<Long> acknowledged) {
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO acknowledged VALUES (?)")) {
            while (true) {
                long id = nextId.incrementAndGet();
                insert.setLong(1, id);
                insert.executeUpdate();
                acknowledged.add(id);
            }
        } catch (SQLException serverKilled) {
            // the writer ends with the server
        }
    }

    private Set<Long> storedIds() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM acknowledged")) {
            Set<Long> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }

    private String setting(String name) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
