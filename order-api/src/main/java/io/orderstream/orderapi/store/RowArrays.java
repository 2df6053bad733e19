package io.orderstream.orderapi.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Rows sent as one array per column, for statements that {@code unnest} them: a batch of any size is one statement
 * (one plan, one executor run) instead of one statement per row, and its count of changed rows stays exact, which a
 * driver rewriting batched inserts ({@code reWriteBatchedInserts}) would not report.
 */
final class RowArrays {

    private RowArrays() {
    }

    static <T> Array texts(Connection connection, List<T> rows, Function<T, String> column) throws SQLException {
        return connection.createArrayOf("text", rows.stream().map(column).toArray(String[]::new));
    }

    static <T> Array longs(Connection connection, List<T> rows, ToLongFunction<T> column) throws SQLException {
        return connection.createArrayOf("int8", rows.stream().map(row -> column.applyAsLong(row)).toArray(Long[]::new));
    }

    /** Instants as text for {@code ::timestamptz}, rounded to microseconds as the driver rounds a bound timestamp. */
    static <T> Array timestamps(Connection connection, List<T> rows, Function<T, Instant> column) throws SQLException {
        return texts(connection, rows, row -> timestamp(column.apply(row)));
    }

    /** PostgreSQL keeps microseconds; the driver rounds 500 ns and more up, and so does this. */
    static String timestamp(Instant instant) {
        Instant rounded = instant.getNano() % 1000 > 499 ? instant.plusNanos(1000) : instant;
        return rounded.truncatedTo(ChronoUnit.MICROS).toString();
    }
}
