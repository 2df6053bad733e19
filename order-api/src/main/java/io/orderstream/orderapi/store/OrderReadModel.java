package io.orderstream.orderapi.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.orderstream.orderapi.view.OrderView;
import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.platform.http.Json;
import io.orderstream.schemas.order.OrderStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads orders as clients see them. Orders in a hidden status are neither found nor listed, and every read is
 * scoped to the order's owner: a merchant (by its id) sees only its own orders, the platform's own shop (a null
 * merchant id) only those without a merchant.
 */
public final class OrderReadModel {

    private static final String FIND =
            "SELECT body FROM orders WHERE id = ? AND status = ANY (?) AND merchant_id IS NOT DISTINCT FROM ?";
    private static final String LIST = """
            SELECT id, created_at, body FROM orders
            WHERE %s AND lower(customer_email) = lower(?) AND status = ANY (?) %s
            ORDER BY created_at DESC, id DESC
            LIMIT ?
            """;
    /** Two spellings of the owner's condition, so that both use the index on (merchant_id, e-mail, …). */
    private static final String SHOP_ORDERS = "merchant_id IS NULL";
    private static final String MERCHANT_ORDERS = "merchant_id = ?";
    private static final String AFTER = "AND (created_at, id) < (?, ?)";
    /** Rows written by an older version may carry fields this one no longer has. */
    private static final ObjectReader BODY_READER = Json.MAPPER.readerFor(OrderView.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DataSource dataSource;

    public OrderReadModel(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The order if it belongs to {@code merchantId} (null: the shop's own orders). */
    public Optional<OrderView> find(String orderId, String merchantId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, orderId);
            find.setArray(2, connection.createArrayOf("text", names(OrderViews.VISIBLE_STATUSES)));
            find.setString(3, merchantId);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(body(row.getString("body"))) : Optional.empty();
            }
        }
    }

    /**
     * One page of a customer's orders of {@code merchantId} (null: the shop's own orders), newest first; one more
     * row than asked tells whether a next page exists.
     */
    public ListedOrders list(String merchantId, OrderListing listing) throws SQLException {
        String sql = LIST.formatted(merchantId == null ? SHOP_ORDERS : MERCHANT_ORDERS,
                listing.after().isPresent() ? AFTER : "");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement list = connection.prepareStatement(sql)) {
            int index = 1;
            if (merchantId != null) {
                list.setString(index++, merchantId);
            }
            list.setString(index++, listing.customerEmail());
            list.setArray(index++, connection.createArrayOf("text", names(visible(listing.statuses()))));
            if (listing.after().isPresent()) {
                list.setObject(index++, listing.after().get().createdAt().atOffset(ZoneOffset.UTC));
                list.setString(index++, listing.after().get().orderId());
            }
            list.setInt(index, listing.limit() + 1);
            try (ResultSet rows = list.executeQuery()) {
                return page(rows, listing.limit());
            }
        }
    }

    private static ListedOrders page(ResultSet rows, int limit) throws SQLException {
        List<OrderView> orders = new ArrayList<>();
        ListingPosition last = null;
        while (orders.size() < limit && rows.next()) {
            orders.add(body(rows.getString("body")));
            last = new ListingPosition(rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rows.getString("id"));
        }
        return new ListedOrders(orders, rows.next() ? Optional.of(last) : Optional.empty());
    }

    /** Hidden statuses are never listed, even when asked for. */
    private static List<OrderStatus> visible(List<OrderStatus> requested) {
        return requested.isEmpty() ? OrderViews.VISIBLE_STATUSES
                : requested.stream().filter(OrderViews.VISIBLE_STATUSES::contains).toList();
    }

    private static Object[] names(Collection<OrderStatus> statuses) {
        return statuses.stream().map(OrderStatus::name).toArray();
    }

    private static OrderView body(String json) {
        try {
            return BODY_READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable order body in the read model", e);
        }
    }
}
