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
import java.util.Optional;
import javax.sql.DataSource;

/** Reads orders as clients see them. Orders in a hidden status are not found. */
public final class OrderReadModel {

    private static final String FIND = "SELECT body FROM orders WHERE id = ? AND NOT (status = ANY (?))";
    /** Rows written by an older version may carry fields this one no longer has. */
    private static final ObjectReader BODY_READER = Json.MAPPER.readerFor(OrderView.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DataSource dataSource;

    public OrderReadModel(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<OrderView> find(String orderId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, orderId);
            find.setArray(2, connection.createArrayOf("text", hiddenStatuses()));
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(body(row.getString("body"))) : Optional.empty();
            }
        }
    }

    private static Object[] hiddenStatuses() {
        return OrderViews.HIDDEN_STATUSES.stream().map(OrderStatus::name).toArray();
    }

    private static OrderView body(String json) {
        try {
            return BODY_READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable order body in the read model", e);
        }
    }
}
