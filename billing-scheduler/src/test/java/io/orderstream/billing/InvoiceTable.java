package io.orderstream.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Customers and invoices written and read with plain SQL, for the billing run's tests. */
final class InvoiceTable {

    /** An invoice of {@code amount} EUR (or {@code currency}) for a customer the provider knows as {@code providerId}. */
    record Seed(String invoiceId, String providerId, long amount, String currency) {
    }

    /** What a test reads back of an invoice. */
    record Row(String id, String status, String failureReason, String chargeId, String chargeKey, String runPeriod,
               long amount) {
    }

    private final DataSource database;

    InvoiceTable(DataSource database) {
        this.database = database;
    }

    /** One customer per invoice (its id is the invoice's with {@code cus-}), all PENDING for the period. */
    void seed(String period, List<Seed> seeds) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement customer = connection.prepareStatement(
                    "INSERT INTO customers (id, name, currency, provider_customer_id, created_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement invoice = connection.prepareStatement("""
                         INSERT INTO invoices (id, customer_id, amount, currency, period, status, created_at, updated_at)
                         VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)""")) {
                for (Seed seed : seeds) {
                    customer.setString(1, "cus-" + seed.invoiceId());
                    customer.setString(2, "Customer of " + seed.invoiceId());
                    customer.setString(3, seed.currency());
                    customer.setString(4, seed.providerId());
                    customer.setTimestamp(5, now);
                    customer.addBatch();
                    invoice.setString(1, seed.invoiceId());
                    invoice.setString(2, "cus-" + seed.invoiceId());
                    invoice.setLong(3, seed.amount());
                    invoice.setString(4, seed.currency());
                    invoice.setString(5, period);
                    invoice.setTimestamp(6, now);
                    invoice.setTimestamp(7, now);
                    invoice.addBatch();
                }
                customer.executeBatch();
                invoice.executeBatch();
            }
            connection.commit();
        }
    }

    /** Marks an invoice CHARGING under its run's key, as if its request had been sent at {@code requestedAt}. */
    void markCharging(String invoiceId, String runPeriod, Instant requestedAt) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE invoices SET status = 'CHARGING',"
                     + " run_period = ?, charge_key = ?, requested_at = ? WHERE id = ?")) {
            update.setString(1, runPeriod);
            update.setString(2, "invoice/" + invoiceId + "/charge");
            update.setTimestamp(3, Timestamp.from(requestedAt));
            update.setString(4, invoiceId);
            update.executeUpdate();
        }
    }

    Map<String, Row> period(String period) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT * FROM invoices WHERE period = ?")) {
            select.setString(1, period);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.put(row.getString("id"), new Row(row.getString("id"), row.getString("status"),
                            row.getString("failure_reason"), row.getString("charge_id"), row.getString("charge_key"),
                            row.getString("run_period"), row.getLong("amount")));
                }
            }
        }
        return rows;
    }

    /** The keys of the invoice's booked attempts, in order. */
    List<String> attemptKeys(String invoiceId) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT idempotency_key FROM invoice_attempts WHERE invoice_id = ? ORDER BY seq")) {
            select.setString(1, invoiceId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    keys.add(row.getString(1));
                }
            }
        }
        return keys;
    }

    int attempts(String invoiceId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT count(*) FROM invoice_attempts WHERE invoice_id = ?")) {
            select.setString(1, invoiceId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    int runs(String period) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT count(*) FROM billing_runs WHERE period = ?")) {
            select.setString(1, period);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
