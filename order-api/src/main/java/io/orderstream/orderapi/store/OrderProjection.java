package io.orderstream.orderapi.store;

import io.orderstream.platform.consumer.Transactions;
import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.platform.http.Json;
import io.orderstream.schemas.order.OrderState;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes order snapshots into the read model. A snapshot replaces the stored order only when its
 * version is higher, so redelivered and out-of-date snapshots never move an order back. The order's merchant is
 * kept in its own column, by which every read is scoped.
 */
public final class OrderProjection {

    private static final String UPSERT = """
            INSERT INTO orders (id, customer_email, status, total, currency, version, created_at, updated_at, body,
                                merchant_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
            ON CONFLICT (id) DO UPDATE SET
                customer_email = EXCLUDED.customer_email, status = EXCLUDED.status, total = EXCLUDED.total,
                currency = EXCLUDED.currency, version = EXCLUDED.version, created_at = EXCLUDED.created_at,
                updated_at = EXCLUDED.updated_at, body = EXCLUDED.body, merchant_id = EXCLUDED.merchant_id
            WHERE orders.version < EXCLUDED.version
            """;

    private final DataSource dataSource;
    private final PayoutStore payouts;

    public OrderProjection(DataSource dataSource) {
        this.dataSource = dataSource;
        this.payouts = new PayoutStore(dataSource);
    }

    /** Stores the snapshot unless the read model has this version of the order or a newer one. */
    public boolean apply(OrderState state) throws SQLException {
        return applyAll(List.of(state)) == 1;
    }

    /** Applies the snapshots in their order, in one transaction; returns how many were stored. */
    public int applyAll(List<OrderState> states) throws SQLException {
        return Transactions.run(dataSource, connection -> applyAll(connection, states));
    }

    /**
     * Applies the snapshots in their order, in one batch, in the caller's transaction, with the payouts of their
     * shipments ({@link PayoutStore}); returns how many snapshots were stored.
     */
    public int applyAll(Connection connection, List<OrderState> states) throws SQLException {
        int stored = Transactions.batch(connection, UPSERT, states, OrderProjection::bind);
        payouts.applyAll(connection, states);
        return stored;
    }

    private static void bind(PreparedStatement upsert, OrderState state) throws SQLException {
        upsert.setString(1, state.getOrderId());
        upsert.setString(2, state.getCustomerEmail());
        upsert.setString(3, state.getStatus().name());
        upsert.setLong(4, state.getTotal());
        upsert.setString(5, state.getCurrency());
        upsert.setLong(6, state.getVersion());
        upsert.setObject(7, utc(state.getCreatedAt()));
        upsert.setObject(8, utc(state.getUpdatedAt()));
        upsert.setString(9, new String(Json.write(OrderViews.of(state)), StandardCharsets.UTF_8));
        upsert.setString(10, state.getMerchantId());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
