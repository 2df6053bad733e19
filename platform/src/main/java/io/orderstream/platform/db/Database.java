package io.orderstream.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.orderstream.platform.config.Env;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A pooled PostgreSQL connection, migrated by Flyway on start: from the service's {@code db/migration}, or, for a
 * service with a schema of its own, from {@code db/<schema>} (a folder of its own: Flyway scans a location with its
 * subfolders, and the system tests run every service on one classpath).
 * DATABASE_URL (default jdbc:postgresql://localhost:5433/orderstream), DATABASE_USER (postgres),
 * DATABASE_PASSWORD (postgres), DATABASE_POOL_SIZE (10).
 *
 * <p>Services sharing one database each keep their tables, and Flyway's history of them, in a schema of their own
 * ({@link #connect(Env, String, String)}): two histories in one schema would each refuse the other's migrations.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final String schema;

    private Database(HikariDataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** Tables in the database's default schema ({@code public}). */
    public static Database connect(Env env, String poolName) {
        return connect(env, poolName, null);
    }

    /** Tables, and Flyway's history of them, in {@code schema}, which Flyway creates in {@link #migrate()} when missing. */
    public static Database connect(Env env, String poolName, String schema) {
        var config = new HikariConfig();
        config.setJdbcUrl(env.string("DATABASE_URL", "jdbc:postgresql://localhost:5433/orderstream"));
        config.setUsername(env.string("DATABASE_USER", "postgres"));
        config.setPassword(env.string("DATABASE_PASSWORD", "postgres"));
        config.setMaximumPoolSize(env.integer("DATABASE_POOL_SIZE", 10));
        config.setPoolName(poolName);
        config.setInitializationFailTimeout(30_000);
        if (schema != null) {
            config.setSchema(schema);
        }
        return new Database(new HikariDataSource(config), schema);
    }

    public Database migrate() {
        var flyway = Flyway.configure().dataSource(dataSource)
                .locations(schema == null ? "classpath:db/migration" : "classpath:db/" + schema);
        if (schema != null) {
            flyway.schemas(schema).defaultSchema(schema);
        }
        flyway.load().migrate();
        return this;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
