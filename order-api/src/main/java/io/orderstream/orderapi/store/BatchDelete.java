package io.orderstream.orderapi.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs a {@code DELETE … WHERE id IN (SELECT … LIMIT ? FOR UPDATE SKIP LOCKED)} until it deletes less than a
 * batch: short transactions, and instances cleaning up at once skip each other's rows instead of waiting.
 */
final class BatchDelete {

    static final int BATCH = 10_000;

    private BatchDelete() {
    }

    /** @param sql a delete whose parameters are the age in seconds, then the batch size */
    static int run(DataSource dataSource, String sql, double ageSeconds) throws SQLException {
        int total = 0;
        int deleted;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setDouble(1, ageSeconds);
            delete.setInt(2, BATCH);
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == BATCH);
        }
        return total;
    }
}
