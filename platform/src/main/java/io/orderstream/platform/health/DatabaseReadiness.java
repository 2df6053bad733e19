package io.orderstream.platform.health;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Ready while the database answers within a second. */
public final class DatabaseReadiness implements HealthCheck {

    private final DataSource dataSource;

    public DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.builder().status(connection.isValid(1)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.builder().status(false).detail("error", e.getMessage()).build();
        }
    }
}
