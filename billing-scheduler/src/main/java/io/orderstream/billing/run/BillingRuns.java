package io.orderstream.billing.run;

import io.orderstream.billing.domain.FailureReason;
import io.orderstream.billing.domain.InvoiceStatus;
import io.orderstream.billing.domain.Period;
import io.orderstream.platform.consumer.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The table billing_runs: one row a period. Inserting it claims the run, once across every instance (the primary
 * key and {@code ON CONFLICT DO NOTHING}: the database, not a race between instances, decides who inserted it).
 */
public final class BillingRuns {

    /** A run as a claim found it; {@code created} when this call inserted it. */
    public record Claim(BillingRunView run, boolean created) {
    }

    private static final String CLAIM = """
            INSERT INTO billing_runs (period, status, started_by, started_at) VALUES (?, 'RUNNING', ?, ?)
            ON CONFLICT (period) DO NOTHING
            """;
    private static final String RUN = "SELECT * FROM billing_runs WHERE period = ?";
    private static final String RUNS = "SELECT * FROM billing_runs ORDER BY period DESC";
    private static final String NEWEST = "SELECT * FROM billing_runs ORDER BY period DESC LIMIT 1";
    private static final String RUNNING = "SELECT period FROM billing_runs WHERE status = 'RUNNING' ORDER BY period";
    private static final String CLAIMED = "SELECT period FROM billing_runs WHERE period = ANY(?)";
    private static final String FANNED_OUT = """
            UPDATE billing_runs SET fanned_out_at = ? WHERE period = ? AND fanned_out_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM invoices WHERE period = ? AND status = 'PENDING')
            """;
    private static final String COMPLETE = """
            UPDATE billing_runs SET status = 'COMPLETED', completed_at = ?
            WHERE period = ? AND status = 'RUNNING' AND fanned_out_at IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM invoices WHERE period = ? AND status = 'PENDING')
            AND NOT EXISTS (SELECT 1 FROM invoices WHERE run_period = ? AND status = 'CHARGING')
            """;
    /** The run's invoices: those of its period waiting for it, and those it sent. */
    private static final String COUNTS = """
            SELECT status, failure_reason, count(*) AS n FROM (
                SELECT status, failure_reason FROM invoices WHERE period = ? AND status = 'PENDING'
                UNION ALL
                SELECT status, failure_reason FROM invoices WHERE run_period = ?
            ) run GROUP BY status, failure_reason
            """;

    private final DataSource database;

    public BillingRuns(DataSource database) {
        this.database = database;
    }

    /** Inserts the period's run unless it exists, and answers it. */
    public Claim claim(Period period, StartedBy startedBy, Instant now) throws SQLException {
        boolean created = Transactions.run(database, connection -> {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, period.toString());
                claim.setString(2, startedBy.name());
                claim.setTimestamp(3, Timestamp.from(now));
                return claim.executeUpdate() == 1;
            }
        });
        return new Claim(find(period).orElseThrow(), created);
    }

    public Optional<BillingRunView> find(Period period) throws SQLException {
        return one(RUN, period.toString());
    }

    /** The run of the newest period. */
    public Optional<BillingRunView> newest() throws SQLException {
        return one(NEWEST, null);
    }

    private Optional<BillingRunView> one(String sql, String period) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement run = connection.prepareStatement(sql)) {
            if (period != null) {
                run.setString(1, period);
            }
            try (ResultSet row = run.executeQuery()) {
                return row.next() ? Optional.of(view(connection, row)) : Optional.empty();
            }
        }
    }

    /** Every run, the newest period first. */
    public List<BillingRunView> list() throws SQLException {
        List<BillingRunView> runs = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement list = connection.prepareStatement(RUNS);
             ResultSet rows = list.executeQuery()) {
            while (rows.next()) {
                runs.add(view(connection, rows));
            }
        }
        return runs;
    }

    public List<Period> running() throws SQLException {
        List<Period> running = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement list = connection.prepareStatement(RUNNING);
             ResultSet rows = list.executeQuery()) {
            while (rows.next()) {
                running.add(Period.parse(rows.getString(1)).orElseThrow());
            }
        }
        return running;
    }

    /** Those of the periods that have a run. */
    public Set<Period> claimed(List<Period> periods) throws SQLException {
        Set<Period> claimed = new TreeSet<>();
        try (Connection connection = database.getConnection();
             PreparedStatement find = connection.prepareStatement(CLAIMED)) {
            find.setArray(1, connection.createArrayOf("text", periods.stream().map(Period::toString).toArray()));
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    claimed.add(Period.parse(rows.getString(1)).orElseThrow());
                }
            }
        }
        return claimed;
    }

    /** Notes that no invoice of the period is waiting to be sent (once). */
    public void markFannedOut(Period period, Instant now) throws SQLException {
        update(FANNED_OUT, now, period, 1);
    }

    /** Completes the run once it is fanned out and none of its invoices is PENDING or CHARGING; true when it did. */
    public boolean completeIfDone(Period period, Instant now) throws SQLException {
        return update(COMPLETE, now, period, 2) == 1;
    }

    private int update(String sql, Instant now, Period period, int periodsAfter) throws SQLException {
        return Transactions.run(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setTimestamp(1, Timestamp.from(now));
                for (int i = 0; i <= periodsAfter; i++) {
                    update.setString(2 + i, period.toString());
                }
                return update.executeUpdate();
            }
        });
    }

    private static BillingRunView view(Connection connection, ResultSet row) throws SQLException {
        String period = row.getString("period");
        Map<InvoiceStatus, Long> byStatus = new EnumMap<>(InvoiceStatus.class);
        Map<String, Long> failures = new LinkedHashMap<>();
        for (FailureReason reason : FailureReason.values()) {
            failures.put(reason.code(), 0L);
        }
        try (PreparedStatement counts = connection.prepareStatement(COUNTS)) {
            counts.setString(1, period);
            counts.setString(2, period);
            try (ResultSet rows = counts.executeQuery()) {
                while (rows.next()) {
                    long n = rows.getLong("n");
                    byStatus.merge(InvoiceStatus.valueOf(rows.getString("status")), n, Long::sum);
                    String reason = rows.getString("failure_reason");
                    if (reason != null && InvoiceStatus.ERROR.name().equals(rows.getString("status"))) {
                        failures.merge(reason, n, Long::sum);
                    }
                }
            }
        }
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        var invoices = new BillingRunView.Counts(total, count(byStatus, InvoiceStatus.PENDING),
                count(byStatus, InvoiceStatus.CHARGING), count(byStatus, InvoiceStatus.PAID),
                count(byStatus, InvoiceStatus.ERROR), count(byStatus, InvoiceStatus.NEEDS_REVIEW));
        return new BillingRunView(period, row.getString("status"), row.getString("started_by"),
                instant(row, "started_at"), instant(row, "fanned_out_at"), instant(row, "completed_at"), invoices,
                failures);
    }

    private static long count(Map<InvoiceStatus, Long> byStatus, InvoiceStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
