package io.orderstream.billing.store;

import io.orderstream.billing.domain.Customer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code customers} table: customers are inserted once and never change. */
public final class CustomerStore {

    private static final String INSERT = """
            INSERT INTO customers (id, name, currency, provider_customer_id, created_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """;
    private static final String FIND =
            "SELECT id, name, currency, provider_customer_id, created_at FROM customers WHERE id = ?";

    private final DataSource dataSource;

    public CustomerStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the customer; false (and nothing changed) when one with its id exists. */
    public boolean insert(Customer customer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, customer);
        }
    }

    /** {@link #insert(Customer)} in the caller's transaction; a concurrent insert of the same id waits for it. */
    public boolean insert(Connection connection, Customer customer) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, customer);
            return insert.executeUpdate() == 1;
        }
    }

    /** Inserts many in one batch (a seed); customers whose id exists are skipped. Returns how many were inserted. */
    public int insertAll(List<Customer> customers) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Customer customer : customers) {
                bind(insert, customer);
                insert.addBatch();
            }
            return Batches.inserted(insert.executeBatch());
        }
    }

    public Optional<Customer> find(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, id);
        }
    }

    public Optional<Customer> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, id);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(customer(row)) : Optional.empty();
            }
        }
    }

    private static void bind(PreparedStatement insert, Customer customer) throws SQLException {
        insert.setString(1, customer.id());
        insert.setString(2, customer.name());
        insert.setString(3, customer.currency());
        insert.setString(4, customer.providerCustomerId());
        Rows.setInstant(insert, 5, customer.createdAt());
    }

    private static Customer customer(ResultSet row) throws SQLException {
        return new Customer(row.getString("id"), row.getString("name"), row.getString("currency"),
                row.getString("provider_customer_id"), Rows.instant(row, "created_at"));
    }
}
