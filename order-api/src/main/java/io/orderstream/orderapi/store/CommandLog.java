package io.orderstream.orderapi.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.orderstream.orderapi.command.ClientOutcome;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.command.CommandKind;
import io.orderstream.platform.consumer.Transactions;
import io.orderstream.orderapi.view.CommandStatusView;
import io.orderstream.orderapi.view.OrderView;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Every command the API sent, recorded as PENDING before it is sent, and its outcome once its result
 * came. The first outcome stays: a command sent twice (after an abandoned request) keeps the first answer.
 */
public final class CommandLog {

    /** A logged command; its outcome is {@link ClientOutcome.Pending} until its result came. */
    public record LoggedCommand(CommandIds ids, CommandKind kind, ClientOutcome outcome) {
    }

    /** The outcome of one command, as its result tells it. */
    public record Completion(String commandId, ClientOutcome outcome) {
    }

    private static final String RECORD = """
            INSERT INTO commands (command_id, order_id, kind, status, merchant_id) VALUES (?, ?, ?, 'PENDING', ?)
            ON CONFLICT (command_id) DO NOTHING
            """;
    private static final String FORGET = "DELETE FROM commands WHERE command_id = ? AND status = 'PENDING'";
    /** One statement for a whole batch of outcomes, each command's first one (the batch holds each command once). */
    private static final String COMPLETE = """
            UPDATE commands SET status = o.status, order_body = o.order_body::jsonb, problem = o.problem::jsonb,
                completed_at = now()
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS o(command_id, status, order_body, problem)
            WHERE commands.command_id = o.command_id AND commands.status = 'PENDING'
            """;
    private static final String DELETE_OLDER = """
            DELETE FROM commands WHERE command_id IN (
                SELECT command_id FROM commands WHERE created_at < now() - make_interval(secs => ?)
                LIMIT ? FOR UPDATE SKIP LOCKED)
            """;
    private static final String FIND =
            "SELECT command_id, order_id, kind, status, order_body, problem FROM commands WHERE command_id = ?";
    private static final String FIND_SENT_BY = FIND + " AND merchant_id IS NOT DISTINCT FROM ?";
    /** Rows written by an older version may carry fields this one no longer has. */
    private static final ObjectReader JSON = Json.MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DataSource dataSource;

    public CommandLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the shop's command as PENDING; recording it again changes nothing. */
    public void record(CommandIds ids, CommandKind kind) throws SQLException {
        record(ids, kind, null);
    }

    /**
     * Records the command sent by {@code merchantId} (null: the shop) as PENDING; again, it changes nothing.
     *
     * @return true when it was not in the log before (so it has no outcome there)
     */
    public boolean record(CommandIds ids, CommandKind kind, String merchantId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement record = connection.prepareStatement(RECORD)) {
            record.setString(1, ids.commandId());
            record.setString(2, ids.orderId());
            record.setString(3, kind.name());
            record.setString(4, merchantId);
            return record.executeUpdate() == 1;
        }
    }

    /** Forgets a command that was never sent. */
    public void forget(String commandId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement(FORGET)) {
            forget.setString(1, commandId);
            forget.executeUpdate();
        }
    }

    /** Stores the outcomes in one transaction; pending ones and commands that have one already are skipped. */
    public int completeAll(List<Completion> completions) throws SQLException {
        return Transactions.run(dataSource, connection -> completeAll(connection, completions));
    }

    /**
     * Stores the outcomes in one statement, in the caller's transaction; returns how many were stored. A command
     * twice in the batch keeps its first outcome, as when they are stored one after the other.
     */
    public int completeAll(Connection connection, List<Completion> completions) throws SQLException {
        Map<String, Completion> first = new LinkedHashMap<>();
        completions.stream()
                .filter(completion -> !(completion.outcome() instanceof ClientOutcome.Pending))
                .forEach(completion -> first.putIfAbsent(completion.commandId(), completion));
        if (first.isEmpty()) {
            return 0;
        }
        List<Completion> settled = List.copyOf(first.values());
        try (PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
            complete.setArray(1, RowArrays.texts(connection, settled, Completion::commandId));
            complete.setArray(2, RowArrays.texts(connection, settled, completion -> status(completion.outcome())));
            complete.setArray(3, RowArrays.texts(connection, settled, completion ->
                    completion.outcome() instanceof ClientOutcome.Succeeded succeeded ? json(succeeded.order()) : null));
            complete.setArray(4, RowArrays.texts(connection, settled, completion ->
                    completion.outcome() instanceof ClientOutcome.Failed failed ? json(failed.problem()) : null));
            return complete.executeUpdate();
        }
    }

    /** Deletes the commands older than {@code retention}; returns how many. */
    public int deleteOlderThan(Duration retention) throws SQLException {
        return BatchDelete.run(dataSource, DELETE_OLDER, retention.toMillis() / 1000.0);
    }

    /** The command, whoever sent it. */
    public Optional<LoggedCommand> find(String commandId) throws SQLException {
        return find(FIND, commandId, null);
    }

    /** The command if {@code merchantId} sent it (null: the shop): a caller sees only its own commands. */
    public Optional<LoggedCommand> findSentBy(String commandId, String merchantId) throws SQLException {
        return find(FIND_SENT_BY, commandId, merchantId);
    }

    private Optional<LoggedCommand> find(String sql, String commandId, String merchantId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(sql)) {
            find.setString(1, commandId);
            if (sql.equals(FIND_SENT_BY)) {
                find.setString(2, merchantId);
            }
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(logged(row)) : Optional.empty();
            }
        }
    }

    private static String status(ClientOutcome outcome) {
        return switch (outcome) {
            case ClientOutcome.Succeeded succeeded -> CommandStatusView.SUCCEEDED;
            case ClientOutcome.Failed failed -> CommandStatusView.FAILED;
            case ClientOutcome.Pending pending -> throw new IllegalArgumentException("a pending outcome is no outcome");
        };
    }

    private static LoggedCommand logged(ResultSet row) throws SQLException {
        var ids = new CommandIds(row.getString("command_id"), row.getString("order_id"));
        ClientOutcome outcome = switch (row.getString("status")) {
            case CommandStatusView.SUCCEEDED -> new ClientOutcome.Succeeded(
                    read(row.getString("order_body"), OrderView.class));
            case CommandStatusView.FAILED -> new ClientOutcome.Failed(problem(row.getString("problem")));
            default -> ClientOutcome.PENDING;
        };
        return new LoggedCommand(ids, CommandKind.valueOf(row.getString("kind")), outcome);
    }

    /** A problem without field errors was stored without them. */
    private static Problem problem(String json) {
        Problem problem = read(json, Problem.class);
        return problem.errors() == null ? problem.withErrors(List.of()) : problem;
    }

    private static String json(Object value) {
        return new String(Json.write(value), StandardCharsets.UTF_8);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.forType(type).readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + type.getSimpleName() + " in the command log", e);
        }
    }
}
