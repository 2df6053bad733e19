package io.orderstream.platform.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;

/** A unit of work in one transaction of its own: committed when it returns, rolled back when it throws. */
public final class Transactions {

    /** Sets one item's parameters on a batched statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    /** Work on a connection in a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {
    }

    public static <T> T run(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }

    /** Runs {@code sql} once per item in one JDBC batch, in the caller's transaction; returns the rows it changed. */
    public static <T> int batch(Connection connection, String sql, Iterable<T> items, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
            }
            return rowsChanged(statement.executeBatch());
        }
    }

    /** The rows a batch changed, as the driver counts them per statement. */
    private static int rowsChanged(int[] counts) {
        return Arrays.stream(counts).filter(count -> count > 0).sum();
    }
}
