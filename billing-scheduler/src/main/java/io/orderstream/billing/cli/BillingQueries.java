package io.orderstream.billing.cli;

import io.orderstream.billing.domain.Period;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** What the billing commands read from billing's tables. */
final class BillingQueries {

    static final int MONTHS_BACK = 240;

    /** p50 and p99 of request → bookkeeping in milliseconds over {@code attempts} booked attempts. */
    record Latency(long attempts, double p50Millis, double p99Millis) {
    }

    private final DataSource dataSource;

    BillingQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The newest month up to {@code newest} that has neither a billing run nor an invoice: a run of it charges the bench's only. */
    Period freePeriod(Period newest) {
        return newestWhere(newest, "SELECT EXISTS (SELECT 1 FROM billing_runs WHERE period = ?) OR EXISTS (SELECT 1 FROM invoices WHERE period = ?)",
                2, "runs and invoices");
    }

    /**
     * The newest month up to {@code newest} without a billing run, whose pending invoices a run will still charge (the
     * current month's run may have run already: billing-scheduler catches up on start-up).
     */
    Period periodWithoutRun(Period newest) {
        return newestWhere(newest, "SELECT EXISTS (SELECT 1 FROM billing_runs WHERE period = ?)", 1, "runs");
    }

    /** {@code usedQuery} takes the month {@code parameters} times and says whether it is used. */
    private Period newestWhere(Period newest, String usedQuery, int parameters, String what) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement used = connection.prepareStatement(usedQuery)) {
            YearMonth month = newest.month();
            for (int back = 0; back < MONTHS_BACK; back++, month = month.minusMonths(1)) {
                for (int parameter = 1; parameter <= parameters; parameter++) {
                    used.setString(parameter, month.toString());
                }
                try (ResultSet result = used.executeQuery()) {
                    result.next();
                    if (!result.getBoolean(1)) {
                        return Period.of(month.getYear(), month.getMonthValue());
                    }
                }
            }
            throw CliException.failed("no month in the last " + MONTHS_BACK + " is free of " + what + "; give --period");
        } catch (SQLException e) {
            throw CliException.failed("reading billing's tables failed: " + e.getMessage(), e);
        }
    }

    /** Whether the period already has a run or invoices (the bench refuses such a period). */
    boolean used(Period period) {
        return !freePeriod(period).equals(period);
    }

    List<LedgerCheck.BookedInvoice> invoicesOf(Period period) {
        var invoices = new ArrayList<LedgerCheck.BookedInvoice>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id, status, amount, currency FROM invoices WHERE period = ? OR run_period = ?")) {
            connection.setAutoCommit(false);
            query.setFetchSize(10_000);
            query.setString(1, period.toString());
            query.setString(2, period.toString());
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    invoices.add(new LedgerCheck.BookedInvoice(result.getString(1), result.getString(2), result.getLong(3),
                            result.getString(4).strip()));
                }
            }
            connection.commit();
            return invoices;
        } catch (SQLException e) {
            throw CliException.failed("reading the period's invoices failed: " + e.getMessage(), e);
        }
    }

    /** Request → bookkeeping of the period's booked attempts: the attempt's (else the invoice's) requested_at to booked_at. */
    Optional<Latency> latency(Period period) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT count(*),
                            percentile_cont(0.5) WITHIN GROUP (ORDER BY millis),
                            percentile_cont(0.99) WITHIN GROUP (ORDER BY millis)
                     FROM (SELECT extract(epoch FROM a.booked_at - coalesce(a.requested_at, i.requested_at)) * 1000 AS millis
                           FROM invoice_attempts a JOIN invoices i ON i.id = a.invoice_id
                           WHERE i.period = ? AND coalesce(a.requested_at, i.requested_at) IS NOT NULL) booked""")) {
            query.setString(1, period.toString());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                long attempts = result.getLong(1);
                return attempts == 0 ? Optional.empty()
                        : Optional.of(new Latency(attempts, result.getDouble(2), result.getDouble(3)));
            }
        } catch (SQLException e) {
            throw CliException.failed("reading the attempts' times failed: " + e.getMessage(), e);
        }
    }
}
