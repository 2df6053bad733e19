package io.orderstream.billing.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Creations ({@code POST /customers}, {@code POST /invoices}) under an optional Idempotency-Key, each in one
 * transaction with the key's row ({@code idempotency_keys}): the key, the fingerprint of its request and the answer
 * it got are stored together with what was created, or not at all.
 * <ul>
 *   <li>A new key: the creation runs; its answer is kept with the key.</li>
 *   <li>The key again with the same request: the kept answer, nothing runs again.</li>
 *   <li>The key again with another request (or on the other endpoint): {@link Outcome.Reused}.</li>
 *   <li>Two requests with one key at once: the second waits on the key's row for the first's transaction, then
 *       replays its answer (or, if it rolled back, runs itself).</li>
 * </ul>
 * A creation that fails (the id exists, a refusal thrown by it, any error) rolls everything back, its key included:
 * errors are not kept, a retry with the key runs afresh. Keys are kept for good.
 */
public final class IdempotentRequests {

    /** The answer of a creation: status, Location and JSON body, as the client got it the first time. */
    public record Answer(int status, String location, String body) {
    }

    /** What became of a request. */
    public sealed interface Outcome {

        /** Created now; the client gets this answer. */
        record Created(Answer answer) implements Outcome {
        }

        /** The key came before with this request: its first answer, nothing created. */
        record Replayed(Answer answer) implements Outcome {
        }

        /** The key came before with another request: nothing created. */
        record Reused() implements Outcome {
        }

        /** What the request creates exists already (its id is taken): nothing created. */
        record Exists() implements Outcome {
        }
    }

    /** Inserts what a request creates in the given transaction; false when it exists already. */
    @FunctionalInterface
    public interface Creation {
        boolean insert(Connection connection) throws SQLException;
    }

    private static final String CLAIM = """
            INSERT INTO idempotency_keys (key, request_hash, status, location, body, created_at)
            VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT (key) DO NOTHING
            """;
    private static final String SELECT = "SELECT request_hash, status, location, body FROM idempotency_keys WHERE key = ?";

    private final DataSource dataSource;

    public IdempotentRequests(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code creation} unless {@code key} (optional) was seen before, keeping {@code answer} with the key when it
     * succeeds. A runtime exception thrown by {@code creation} (a refusal) rolls back and is rethrown.
     */
    public Outcome create(Optional<String> key, String requestHash, Answer answer, Creation creation)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Outcome outcome = run(connection, key, requestHash, answer, creation);
                if (outcome instanceof Outcome.Created) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return outcome;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static Outcome run(Connection connection, Optional<String> key, String requestHash, Answer answer,
                               Creation creation) throws SQLException {
        if (key.isPresent() && !claim(connection, key.get(), requestHash, answer)) {
            return earlier(connection, key.get(), requestHash);
        }
        return creation.insert(connection) ? new Outcome.Created(answer) : new Outcome.Exists();
    }

    /** Inserts the key's row; false when the key exists (committed before, or by a transaction that waited for). */
    private static boolean claim(Connection connection, String key, String requestHash, Answer answer)
            throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            Rows.setParameters(claim, key, requestHash, answer.status(), answer.location(), answer.body());
            return claim.executeUpdate() == 1;
        }
    }

    private static Outcome earlier(Connection connection, String key, String requestHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the Idempotency-Key " + key + " conflicted but is not stored");
                }
                if (!row.getString("request_hash").equals(requestHash)) {
                    return new Outcome.Reused();
                }
                return new Outcome.Replayed(
                        new Answer(row.getInt("status"), row.getString("location"), row.getString("body")));
            }
        }
    }

    /** Whether the key's row exists: for tests that check nothing was kept. */
    public boolean isKept(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
