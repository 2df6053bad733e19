package io.orderstream.orderapi.store;

import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.view.Reply;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The Idempotency-Keys clients sent, each with a fingerprint of its first request, the ids of the command
 * that request sent and, once it is answered, the answer. The database's clock and primary key decide
 * between concurrent requests and instances.
 * <ul>
 *   <li>A key older than {@code ttl} is forgotten: the next request with it starts afresh.</li>
 *   <li>A claim not answered within {@code lease} was abandoned (its instance died): the next request with
 *       the same fingerprint takes it over, with the same ids.</li>
 * </ul>
 */
public final class IdempotencyKeys {

    /** What a key means for the request that carries it. */
    public sealed interface Claim {

        /** The key is new (or expired): the request goes ahead under these ids. */
        record Fresh(CommandIds ids) implements Claim {
        }

        /** The first request with the key died unanswered: this one finishes its work, under its ids. */
        record Abandoned(CommandIds ids) implements Claim {
        }

        /** The first request with the key was answered so; a repeat gets the same answer. */
        record Answered(Reply reply) implements Claim {
        }

        /** The first request with the key is still being handled. */
        record InFlight() implements Claim {
        }

        /** The key came before with a different request. */
        record Reused() implements Claim {
        }
    }

    private static final String CLAIM = """
            INSERT INTO idempotency_keys AS k (key, request_hash, command_id, order_id) VALUES (?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET request_hash = EXCLUDED.request_hash, command_id = EXCLUDED.command_id,
                order_id = EXCLUDED.order_id, created_at = now(), claimed_at = now(), reply_status = NULL,
                reply_location = NULL, reply_content_type = NULL, reply_body = NULL
            WHERE k.created_at < now() - make_interval(secs => ?)
            RETURNING command_id, order_id
            """;
    private static final String TAKE_OVER = """
            UPDATE idempotency_keys SET claimed_at = now()
            WHERE key = ? AND request_hash = ? AND reply_status IS NULL
              AND claimed_at < now() - make_interval(secs => ?)
            RETURNING command_id, order_id
            """;
    private static final String SELECT = """
            SELECT request_hash, reply_status, reply_location, reply_content_type, reply_body
            FROM idempotency_keys WHERE key = ?
            """;
    private static final String ANSWER = """
            UPDATE idempotency_keys SET reply_status = ?, reply_location = ?, reply_content_type = ?, reply_body = ?
            WHERE key = ? AND command_id = ? AND reply_status IS NULL
            """;
    private static final String RELEASE =
            "DELETE FROM idempotency_keys WHERE key = ? AND command_id = ? AND reply_status IS NULL";
    private static final String DELETE_EXPIRED = """
            DELETE FROM idempotency_keys WHERE key IN (
                SELECT key FROM idempotency_keys WHERE created_at < now() - make_interval(secs => ?)
                LIMIT ? FOR UPDATE SKIP LOCKED)
            """;

    private final DataSource dataSource;
    private final Duration ttl;
    private final Duration lease;

    public IdempotencyKeys(DataSource dataSource, Duration ttl, Duration lease) {
        this.dataSource = dataSource;
        this.ttl = ttl;
        this.lease = lease;
    }

    /** Claims the key for {@code proposed} ids unless it is taken; a concurrent insert of the key waits for ours. */
    public Claim claim(String key, String requestHash, CommandIds proposed) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Optional<CommandIds> fresh = returningIds(connection, CLAIM, key, requestHash, proposed.commandId(),
                    proposed.orderId(), seconds(ttl));
            if (fresh.isPresent()) {
                return new Claim.Fresh(fresh.get());
            }
            Optional<CommandIds> abandoned = returningIds(connection, TAKE_OVER, key, requestHash, seconds(lease));
            return abandoned.isPresent() ? new Claim.Abandoned(abandoned.get()) : earlier(connection, key, requestHash);
        }
    }

    /** Keeps the answer of the request that holds the claim; false when the claim is no longer its own. */
    public boolean answer(String key, CommandIds ids, Reply reply) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement answer = connection.prepareStatement(ANSWER)) {
            answer.setInt(1, reply.status());
            answer.setString(2, reply.location());
            answer.setString(3, reply.contentType());
            answer.setString(4, reply.body());
            answer.setString(5, key);
            answer.setString(6, ids.commandId());
            return answer.executeUpdate() == 1;
        }
    }

    /** Gives an unanswered claim up, so that a retry with the key starts afresh (its command was never sent). */
    public void release(String key, CommandIds ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement release = connection.prepareStatement(RELEASE)) {
            release.setString(1, key);
            release.setString(2, ids.commandId());
            release.executeUpdate();
        }
    }

    /** Deletes the keys older than the time to live; returns how many. */
    public int deleteExpired() throws SQLException {
        return BatchDelete.run(dataSource, DELETE_EXPIRED, seconds(ttl));
    }

    private static Optional<CommandIds> returningIds(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new CommandIds(row.getString("command_id"), row.getString("order_id")))
                        : Optional.empty();
            }
        }
    }

    /** A key deleted between the statements (released, or expired) is in flight: the caller claims again. */
    private static Claim earlier(Connection connection, String key, String requestHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new Claim.InFlight();
                }
                if (!row.getString("request_hash").equals(requestHash)) {
                    return new Claim.Reused();
                }
                return row.getObject("reply_status") == null ? new Claim.InFlight() : new Claim.Answered(reply(row));
            }
        }
    }

    private static Reply reply(ResultSet row) throws SQLException {
        return new Reply(row.getInt("reply_status"), row.getString("reply_location"),
                row.getString("reply_content_type"), row.getString("reply_body"));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
