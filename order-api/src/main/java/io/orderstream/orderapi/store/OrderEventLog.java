package io.orderstream.orderapi.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.platform.consumer.Transactions;
import io.orderstream.orderapi.view.EventData;
import io.orderstream.orderapi.view.OrderEventView;
import io.orderstream.platform.http.Json;
import io.orderstream.schemas.order.OrderEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.avro.specific.SpecificRecord;

/** The events of orders.events, each stored once by its id however often it is delivered. */
public final class OrderEventLog {

    /** One statement for a whole batch; an event id twice in it is stored once, as by one statement per event. */
    private static final String APPEND = """
            INSERT INTO order_events (event_id, order_id, version, type, occurred_at, causation_id, data)
            SELECT event_id, order_id, version, type, occurred_at::timestamptz, causation_id, data::jsonb
            FROM unnest(?::text[], ?::text[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS e(event_id, order_id, version, type, occurred_at, causation_id, data)
            ON CONFLICT (event_id) DO NOTHING
            """;
    private static final String HISTORY = """
            SELECT event_id, version, type, occurred_at, causation_id, data FROM order_events
            WHERE order_id = ? ORDER BY version
            """;

    private final DataSource dataSource;

    public OrderEventLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the events in one transaction; returns how many were new. */
    public int appendAll(List<OrderEvent> events) throws SQLException {
        return Transactions.run(dataSource, connection -> appendAll(connection, events));
    }

    /** Stores the events in one statement, in the caller's transaction; returns how many were new. */
    public int appendAll(Connection connection, List<OrderEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return 0;
        }
        try (PreparedStatement append = connection.prepareStatement(APPEND)) {
            append.setArray(1, RowArrays.texts(connection, events, OrderEvent::getEventId));
            append.setArray(2, RowArrays.texts(connection, events, OrderEvent::getOrderId));
            append.setArray(3, RowArrays.longs(connection, events, OrderEvent::getVersion));
            append.setArray(4, RowArrays.texts(connection, events, event -> payload(event).getSchema().getName()));
            append.setArray(5, RowArrays.timestamps(connection, events, OrderEvent::getOccurredAt));
            append.setArray(6, RowArrays.texts(connection, events, OrderEvent::getCausationId));
            append.setArray(7, RowArrays.texts(connection, events,
                    event -> new String(Json.write(EventData.of(payload(event))), StandardCharsets.UTF_8)));
            return append.executeUpdate();
        }
    }

    /** The order's events by version, oldest first; whether the order may be shown is the caller's question. */
    public List<OrderEventView> history(String orderId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement history = connection.prepareStatement(HISTORY)) {
            history.setString(1, orderId);
            try (ResultSet rows = history.executeQuery()) {
                List<OrderEventView> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(view(rows));
                }
                return events;
            }
        }
    }

    private static SpecificRecord payload(OrderEvent event) {
        return (SpecificRecord) event.getPayload();
    }

    private static OrderEventView view(ResultSet row) throws SQLException {
        return new OrderEventView(row.getString("event_id"), row.getLong("version"), row.getString("type"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("causation_id"),
                data(row.getString("data")));
    }

    private static JsonNode data(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable event data in the event log", e);
        }
    }
}
