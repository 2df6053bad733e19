package io.orderstream.orderapi.store;

import io.orderstream.platform.consumer.Transactions;
import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.platform.http.Json;
import io.orderstream.schemas.order.OrderState;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes order snapshots into the read model. A snapshot replaces the stored order only when its
 * version is higher, so redelivered and out-of-date snapshots never move an order back. The order's merchant is
 * kept in its own column, by which every read is scoped.
 */
public final class OrderProjection {

    /**
     * One statement for a whole batch: the newest snapshot of each order, upserted under the version guard, and the
     * versions the orders had before (read in the same snapshot of the database), from which the count is made.
     */
    private static final String UPSERT = """
            WITH incoming AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::int8[], ?::text[], ?::int8[], ?::text[],
                                     ?::text[], ?::text[], ?::text[])
                    AS t(id, customer_email, status, total, currency, version, created_at, updated_at, body,
                         merchant_id)),
            prior AS (SELECT orders.id, orders.version FROM orders JOIN incoming USING (id)),
            upserted AS (
                INSERT INTO orders (id, customer_email, status, total, currency, version, created_at, updated_at, body,
                                    merchant_id)
                SELECT id, customer_email, status, total, currency, version, created_at::timestamptz,
                       updated_at::timestamptz, body::jsonb, merchant_id
                FROM incoming
                ON CONFLICT (id) DO UPDATE SET
                    customer_email = EXCLUDED.customer_email, status = EXCLUDED.status, total = EXCLUDED.total,
                    currency = EXCLUDED.currency, version = EXCLUDED.version, created_at = EXCLUDED.created_at,
                    updated_at = EXCLUDED.updated_at, body = EXCLUDED.body, merchant_id = EXCLUDED.merchant_id
                WHERE orders.version < EXCLUDED.version
                RETURNING id)
            SELECT id, version FROM prior
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
     * Applies the snapshots in their order, in the caller's transaction, with the payouts of their shipments
     * ({@link PayoutStore}); returns how many snapshots were stored. Of several versions of one order only the newest
     * is written (the first of them, should it come twice), in one statement for the whole batch: under the version
     * guard that leaves the row as writing them one after the other would, without making the order's JSON and
     * rewriting its row for each version. The count is the one of writing them one after the other.
     */
    public int applyAll(Connection connection, List<OrderState> states) throws SQLException {
        if (states.isEmpty()) {
            return 0;
        }
        Map<String, Long> before = upsertNewest(connection, newestOfEach(states));
        payouts.applyAll(connection, states);
        return storedOneAfterTheOther(states, before);
    }

    /** The snapshot with the highest version of each order, the first one of that version; in their batch order. */
    static List<OrderState> newestOfEach(List<OrderState> states) {
        Map<String, OrderState> newest = new LinkedHashMap<>();
        for (OrderState state : states) {
            newest.merge(state.getOrderId(), state,
                    (kept, next) -> next.getVersion() > kept.getVersion() ? next : kept);
        }
        return List.copyOf(newest.values());
    }

    /** How many of the snapshots, written one after the other under the guard, would have been stored. */
    static int storedOneAfterTheOther(List<OrderState> states, Map<String, Long> versionsBefore) {
        Map<String, Long> current = new HashMap<>(versionsBefore);
        int stored = 0;
        for (OrderState state : states) {
            Long version = current.get(state.getOrderId());
            if (version == null || version < state.getVersion()) {
                current.put(state.getOrderId(), state.getVersion());
                stored++;
            }
        }
        return stored;
    }

    /** Upserts the snapshots (one per order); returns the versions the orders had before, for those stored already. */
    private static Map<String, Long> upsertNewest(Connection connection, List<OrderState> newest) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setArray(1, RowArrays.texts(connection, newest, OrderState::getOrderId));
            upsert.setArray(2, RowArrays.texts(connection, newest, OrderState::getCustomerEmail));
            upsert.setArray(3, RowArrays.texts(connection, newest, state -> state.getStatus().name()));
            upsert.setArray(4, RowArrays.longs(connection, newest, OrderState::getTotal));
            upsert.setArray(5, RowArrays.texts(connection, newest, OrderState::getCurrency));
            upsert.setArray(6, RowArrays.longs(connection, newest, OrderState::getVersion));
            upsert.setArray(7, RowArrays.timestamps(connection, newest, OrderState::getCreatedAt));
            upsert.setArray(8, RowArrays.timestamps(connection, newest, OrderState::getUpdatedAt));
            upsert.setArray(9, RowArrays.texts(connection, newest, OrderProjection::body));
            upsert.setArray(10, RowArrays.texts(connection, newest, OrderState::getMerchantId));
            Map<String, Long> before = new HashMap<>();
            try (ResultSet rows = upsert.executeQuery()) {
                while (rows.next()) {
                    before.put(rows.getString("id"), rows.getLong("version"));
                }
            }
            return before;
        }
    }

    /** The order as GET /orders/{id} answers it. */
    private static String body(OrderState state) {
        return new String(Json.write(OrderViews.of(state)), StandardCharsets.UTF_8);
    }
}
