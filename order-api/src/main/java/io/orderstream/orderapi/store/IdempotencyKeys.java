package io.orderstream.orderapi.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The Idempotency-Keys clients sent, each with the order it created and a fingerprint of its request.
 * The first request of a key wins, however many arrive at once: the primary key decides.
 */
public final class IdempotencyKeys {

    /** What a key means for the request that carries it. */
    public sealed interface Claim {

        /** The key is new: the request goes ahead and creates this order. */
        record Fresh(String orderId) implements Claim {
        }

        /** The key came before with the same request: the answer is the one for this order. */
        record Repeated(String orderId) implements Claim {
        }

        /** The key came before with a different request. */
        record Reused() implements Claim {
        }
    }

    private static final String INSERT = """
            INSERT INTO idempotency_keys (key, order_id, request_hash) VALUES (?, ?, ?)
            ON CONFLICT (key) DO NOTHING
            """;
    private static final String SELECT = "SELECT order_id, request_hash FROM idempotency_keys WHERE key = ?";

    private final DataSource dataSource;

    public IdempotencyKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Remembers the key for {@code newOrderId} unless it is known already.
     * A concurrent insert of the same key makes ours wait until it commits, then do nothing.
     */
    public Claim claim(String key, String requestHash, String newOrderId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return inserted(connection, key, requestHash, newOrderId)
                    ? new Claim.Fresh(newOrderId)
                    : earlier(connection, key, requestHash);
        }
    }

    private static boolean inserted(Connection connection, String key, String requestHash, String orderId)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, key);
            insert.setString(2, orderId);
            insert.setString(3, requestHash);
            return insert.executeUpdate() == 1;
        }
    }

    private static Claim earlier(Connection connection, String key, String requestHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("idempotency key vanished after a conflicting insert");
                }
                return row.getString("request_hash").equals(requestHash)
                        ? new Claim.Repeated(row.getString("order_id"))
                        : new Claim.Reused();
            }
        }
    }
}
