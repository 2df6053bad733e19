package io.orderstream.orderapi.store;

import io.orderstream.platform.consumer.Transactions;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.Shipment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The payouts of merchants' shipments, as the orders' snapshots show them: one row per payout, written again only
 * from a newer snapshot of its order, so redelivered and out-of-date snapshots never move a payout back.
 */
public final class PayoutStore {

    /** One payout as listed by {@code GET /merchants/{id}/payouts}. */
    public record PayoutRow(String payoutId, String orderId, String shipmentId, long amount, long fee, String currency,
                            String status, String providerId, Instant updatedAt) {
    }

    /** A merchant's payouts of one currency: how many, their amounts and fees, and the amounts by status. */
    public record CurrencyTotal(String currency, long count, long amount, long fees, long succeeded, long pending,
                                long failed) {
    }

    private record Written(OrderState order, Shipment shipment) {
    }

    private static final String UPSERT = """
            INSERT INTO payouts (payout_id, merchant_id, order_id, shipment_id, amount, fee, currency, status,
                                 provider_id, order_version, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (payout_id) DO UPDATE SET
                amount = EXCLUDED.amount, fee = EXCLUDED.fee, status = EXCLUDED.status,
                provider_id = EXCLUDED.provider_id, order_version = EXCLUDED.order_version,
                updated_at = EXCLUDED.updated_at
            WHERE payouts.order_version < EXCLUDED.order_version
              AND (payouts.amount, payouts.fee, payouts.status, payouts.provider_id)
                  IS DISTINCT FROM (EXCLUDED.amount, EXCLUDED.fee, EXCLUDED.status, EXCLUDED.provider_id)
            """;
    private static final String LIST = """
            SELECT payout_id, order_id, shipment_id, amount, fee, currency, status, provider_id, updated_at
            FROM payouts WHERE merchant_id = ? ORDER BY updated_at, payout_id
            """;
    private static final String TOTALS = """
            SELECT currency, count(*) AS count, sum(amount) AS amount, sum(fee) AS fees,
                   coalesce(sum(amount) FILTER (WHERE status = 'SUCCEEDED'), 0) AS succeeded,
                   coalesce(sum(amount) FILTER (WHERE status = 'REQUESTED'), 0) AS pending,
                   coalesce(sum(amount) FILTER (WHERE status = 'FAILED'), 0) AS failed
            FROM payouts WHERE merchant_id = ? GROUP BY currency ORDER BY currency
            """;

    private final DataSource dataSource;

    public PayoutStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the payouts the snapshots show, in the caller's transaction; the shop's orders have none. */
    public int applyAll(Connection connection, List<OrderState> states) throws SQLException {
        List<Written> payouts = new ArrayList<>();
        for (OrderState state : states) {
            if (state.getMerchantId() != null) {
                state.getShipments().stream().filter(shipment -> shipment.getPayout() != null)
                        .forEach(shipment -> payouts.add(new Written(state, shipment)));
            }
        }
        return payouts.isEmpty() ? 0 : Transactions.batch(connection, UPSERT, payouts, PayoutStore::bind);
    }

    /** The merchant's payouts, oldest change first. */
    public List<PayoutRow> list(String merchantId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement list = connection.prepareStatement(LIST)) {
            list.setString(1, merchantId);
            try (ResultSet rows = list.executeQuery()) {
                List<PayoutRow> payouts = new ArrayList<>();
                while (rows.next()) {
                    payouts.add(new PayoutRow(rows.getString("payout_id"), rows.getString("order_id"),
                            rows.getString("shipment_id"), rows.getLong("amount"), rows.getLong("fee"),
                            rows.getString("currency"), rows.getString("status"), rows.getString("provider_id"),
                            rows.getObject("updated_at", OffsetDateTime.class).toInstant()));
                }
                return payouts;
            }
        }
    }

    /** The merchant's totals per currency, by currency code. */
    public List<CurrencyTotal> totals(String merchantId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement totals = connection.prepareStatement(TOTALS)) {
            totals.setString(1, merchantId);
            try (ResultSet rows = totals.executeQuery()) {
                List<CurrencyTotal> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(new CurrencyTotal(rows.getString("currency"), rows.getLong("count"),
                            rows.getLong("amount"), rows.getLong("fees"), rows.getLong("succeeded"),
                            rows.getLong("pending"), rows.getLong("failed")));
                }
                return result;
            }
        }
    }

    private static void bind(PreparedStatement upsert, Written written) throws SQLException {
        OrderState order = written.order();
        Shipment shipment = written.shipment();
        var payout = shipment.getPayout();
        upsert.setString(1, payout.getPayoutId());
        upsert.setString(2, order.getMerchantId());
        upsert.setString(3, order.getOrderId());
        upsert.setString(4, shipment.getShipmentId());
        upsert.setLong(5, payout.getAmount());
        upsert.setLong(6, payout.getFee());
        upsert.setString(7, order.getCurrency());
        upsert.setString(8, payout.getStatus().name());
        upsert.setString(9, payout.getProviderId());
        upsert.setLong(10, order.getVersion());
        upsert.setObject(11, order.getUpdatedAt().atOffset(ZoneOffset.UTC));
    }
}
