package io.orderstream.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.orderstream.platform.config.Env;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A pooled PostgreSQL connection, migrated by Flyway from the service's {@code db/migration} on start.
 * DATABASE_URL (default jdbc:postgresql://localhost:5433/orderstream), DATABASE_USER (postgres),
 * DATABASE_PASSWORD (postgres), DATABASE_POOL_SIZE (10).
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static Database connect(Env env, String poolName) {
        var config = new HikariConfig();
        config.setJdbcUrl(env.string("DATABASE_URL", "jdbc:postgresql://localhost:5433/orderstream"));
        config.setUsername(env.string("DATABASE_USER", "postgres"));
        config.setPassword(env.string("DATABASE_PASSWORD", "postgres"));
        config.setMaximumPoolSize(env.integer("DATABASE_POOL_SIZE", 10));
        config.setPoolName(poolName);
        config.setInitializationFailTimeout(30_000);
        return new Database(new HikariDataSource(config));
    }

    public Database migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
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
