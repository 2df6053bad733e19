package io.orderstream.billing.store;

import io.orderstream.billing.domain.FailureReason;
import io.orderstream.billing.domain.Invoice;
import io.orderstream.billing.domain.InvoiceAttempt;
import io.orderstream.billing.domain.InvoiceStatus;
import io.orderstream.billing.domain.Period;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code invoices} table as the API sees it: inserting new invoices, finding one, listing them by keyset, and
 * reading an invoice's attempts ({@code invoice_attempts}). The billing run changes invoices and books attempts.
 */
public final class InvoiceStore {

    private static final String COLUMNS = """
            id, customer_id, amount, currency, period, status, failure_reason, charge_id, run_period, charge_key,
            dunning_attempt, next_attempt_at, requested_at, created_at, updated_at""";
    private static final String INSERT = "INSERT INTO invoices (" + COLUMNS + """
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM invoices WHERE id = ?";
    private static final String ATTEMPTS = """
            SELECT invoice_id, seq, outcome, reason, charge_id, idempotency_key, request_id, requested_at, booked_at
            FROM invoice_attempts WHERE invoice_id = ? ORDER BY seq""";

    private final DataSource dataSource;

    public InvoiceStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the invoice; false (and nothing changed) when one with its id exists. */
    public boolean insert(Invoice invoice) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, invoice);
        }
    }

    /** {@link #insert(Invoice)} in the caller's transaction; a concurrent insert of the same id waits for it. */
    public boolean insert(Connection connection, Invoice invoice) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, invoice);
            return insert.executeUpdate() == 1;
        }
    }

    /**
     * Inserts many in one batch (a seed); invoices whose id exists are skipped, and every customer must exist.
     * Returns how many were inserted.
     */
    public int insertAll(List<Invoice> invoices) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Invoice invoice : invoices) {
                bind(insert, invoice);
                insert.addBatch();
            }
            return Batches.inserted(insert.executeBatch());
        }
    }

    public Optional<Invoice> find(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, id);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(invoice(row)) : Optional.empty();
            }
        }
    }

    /** The invoice's charge attempts in the order booked; empty when it has none (or does not exist). */
    public List<InvoiceAttempt> attempts(String invoiceId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(ATTEMPTS)) {
            select.setString(1, invoiceId);
            try (ResultSet rows = select.executeQuery()) {
                List<InvoiceAttempt> attempts = new ArrayList<>();
                while (rows.next()) {
                    attempts.add(attempt(rows));
                }
                return attempts;
            }
        }
    }

    /** One page of the listing: one row more than the limit is read to know whether another page follows. */
    public InvoicePage list(InvoiceListing listing) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        listing.status().ifPresent(status -> condition(conditions, parameters, "status = ?", status.name()));
        listing.customerId().ifPresent(customer -> condition(conditions, parameters, "customer_id = ?", customer));
        listing.period().ifPresent(period -> condition(conditions, parameters, "period = ?", period.toString()));
        listing.after().ifPresent(after -> condition(conditions, parameters, "id > ?", after));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        parameters.add(listing.limit() + 1);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM invoices" + where + " ORDER BY id LIMIT ?")) {
            Rows.setParameters(select, parameters.toArray());
            try (ResultSet rows = select.executeQuery()) {
                return page(rows, listing.limit());
            }
        }
    }

    private static void condition(List<String> conditions, List<Object> parameters, String condition, Object value) {
        conditions.add(condition);
        parameters.add(value);
    }

    private static InvoicePage page(ResultSet rows, int limit) throws SQLException {
        List<Invoice> invoices = new ArrayList<>();
        boolean more = false;
        while (rows.next()) {
            if (invoices.size() == limit) {
                more = true;
                break;
            }
            invoices.add(invoice(rows));
        }
        return new InvoicePage(invoices, more ? Optional.of(invoices.getLast().id()) : Optional.empty());
    }

    private static void bind(PreparedStatement insert, Invoice invoice) throws SQLException {
        insert.setString(1, invoice.id());
        insert.setString(2, invoice.customerId());
        insert.setLong(3, invoice.amount());
        insert.setString(4, invoice.currency());
        insert.setString(5, invoice.period().toString());
        insert.setString(6, invoice.status().name());
        insert.setString(7, invoice.failureReason() == null ? null : invoice.failureReason().code());
        insert.setString(8, invoice.chargeId());
        insert.setString(9, invoice.runPeriod() == null ? null : invoice.runPeriod().toString());
        insert.setString(10, invoice.chargeKey());
        insert.setInt(11, invoice.dunningAttempt());
        Rows.setInstant(insert, 12, invoice.nextAttemptAt());
        Rows.setInstant(insert, 13, invoice.requestedAt());
        Rows.setInstant(insert, 14, invoice.createdAt());
        Rows.setInstant(insert, 15, invoice.updatedAt());
    }

    /** An invoice from a row of {@link #COLUMNS}: the billing run may read its rows with it too. */
    public static Invoice invoice(ResultSet row) throws SQLException {
        return new Invoice(row.getString("id"), row.getString("customer_id"), row.getLong("amount"),
                row.getString("currency"), period(row.getString("period")), InvoiceStatus.valueOf(row.getString("status")),
                reason(row.getString("failure_reason")), row.getString("charge_id"), period(row.getString("run_period")),
                row.getString("charge_key"), row.getInt("dunning_attempt"), Rows.instant(row, "next_attempt_at"),
                Rows.instant(row, "requested_at"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
    }

    private static Period period(String text) {
        return text == null ? null : Period.parse(text.strip())
                .orElseThrow(() -> new IllegalStateException("a stored period is not YYYY-MM: " + text));
    }

    private static FailureReason reason(String code) {
        return code == null ? null : FailureReason.ofCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown stored failure reason: " + code));
    }

    private static InvoiceAttempt attempt(ResultSet row) throws SQLException {
        return new InvoiceAttempt(row.getString("invoice_id"), row.getInt("seq"), row.getString("outcome"),
                row.getString("reason"), row.getString("charge_id"), row.getString("idempotency_key"),
                row.getString("request_id"), Rows.instant(row, "requested_at"), Rows.instant(row, "booked_at"));
    }
}
