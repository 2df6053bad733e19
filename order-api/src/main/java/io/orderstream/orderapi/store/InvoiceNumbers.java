package io.orderstream.orderapi.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The invoice numbers merchants give their shipments: a number names one shipment of one of the merchant's orders.
 * The primary key (merchant, number) decides between concurrent notices, on every instance.
 */
public final class InvoiceNumbers {

    /** What a number is for the shipment that claims it. */
    public enum Claim {
        /** The number was free: this request took it, and gives it back if its notice is refused. */
        FRESH,
        /** The number is this shipment's already (a repeated notice). */
        HELD,
        /** Another shipment has the number. */
        TAKEN
    }

    private static final String INSERT = """
            INSERT INTO invoice_numbers (merchant_id, invoice_number, order_id, shipment_id) VALUES (?, ?, ?, ?)
            ON CONFLICT (merchant_id, invoice_number) DO NOTHING
            """;
    private static final String OWNER =
            "SELECT order_id, shipment_id FROM invoice_numbers WHERE merchant_id = ? AND invoice_number = ?";
    private static final String RELEASE = """
            DELETE FROM invoice_numbers
            WHERE merchant_id = ? AND invoice_number = ? AND order_id = ? AND shipment_id = ?
            """;

    private final DataSource dataSource;

    public InvoiceNumbers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Claim claim(String merchantId, String invoiceNumber, String orderId, String shipmentId)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            while (true) {
                if (insert(connection, merchantId, invoiceNumber, orderId, shipmentId)) {
                    return Claim.FRESH;
                }
                try (PreparedStatement owner = connection.prepareStatement(OWNER)) {
                    owner.setString(1, merchantId);
                    owner.setString(2, invoiceNumber);
                    try (ResultSet row = owner.executeQuery()) {
                        if (row.next()) {
                            return orderId.equals(row.getString("order_id"))
                                    && shipmentId.equals(row.getString("shipment_id")) ? Claim.HELD : Claim.TAKEN;
                        }
                    }
                }
                // released between the insert and the select: try again
            }
        }
    }

    /** Gives the number back, if this shipment holds it. */
    public void release(String merchantId, String invoiceNumber, String orderId, String shipmentId)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement release = connection.prepareStatement(RELEASE)) {
            release.setString(1, merchantId);
            release.setString(2, invoiceNumber);
            release.setString(3, orderId);
            release.setString(4, shipmentId);
            release.executeUpdate();
        }
    }

    private static boolean insert(Connection connection, String merchantId, String invoiceNumber, String orderId,
                                  String shipmentId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, merchantId);
            insert.setString(2, invoiceNumber);
            insert.setString(3, orderId);
            insert.setString(4, shipmentId);
            return insert.executeUpdate() == 1;
        }
    }
}
