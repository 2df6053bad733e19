package io.orderstream.platform.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a service's consumer groups are in their topics (table {@code consumer_offsets}): the next offset to read
 * of every partition, written in the transaction that stores the rows read before it. A commit the database loses
 * loses its offsets with its rows, so the records are read again; the database's durability settings cannot open
 * a gap between what was read and what was stored.
 */
public final class ConsumerOffsets {

    /** One statement for every partition of a batch (each partition once: they come from a map). */
    private static final String SAVE = """
            INSERT INTO consumer_offsets (consumer_group, topic, partition, next_offset)
            SELECT ?, topic, partition, next_offset FROM unnest(?::text[], ?::int4[], ?::int8[])
                AS o(topic, partition, next_offset)
            ON CONFLICT (consumer_group, topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset
            """;
    private static final String LOAD = """
            SELECT partition, next_offset FROM consumer_offsets WHERE consumer_group = ? AND topic = ?
            """;

    private final String group;

    /** @param group the consumer group, as the broker knows it (with the deployment's prefix) */
    public ConsumerOffsets(String group) {
        this.group = group;
    }

    /** Saves the next offsets in the caller's transaction. */
    public void save(Connection connection, Map<TopicPartition, Long> nextOffsets) throws SQLException {
        if (nextOffsets.isEmpty()) {
            return;
        }
        List<Map.Entry<TopicPartition, Long>> next = List.copyOf(nextOffsets.entrySet());
        try (PreparedStatement save = connection.prepareStatement(SAVE)) {
            save.setString(1, group);
            save.setArray(2, connection.createArrayOf("text",
                    next.stream().map(entry -> entry.getKey().topic()).toArray(String[]::new)));
            save.setArray(3, connection.createArrayOf("int4",
                    next.stream().map(entry -> entry.getKey().partition()).toArray(Integer[]::new)));
            save.setArray(4, connection.createArrayOf("int8", next.stream().map(Map.Entry::getValue).toArray(Long[]::new)));
            save.executeUpdate();
        }
    }

    /** The stored next offsets of those partitions that have one. */
    public Map<TopicPartition, Long> load(DataSource dataSource, Collection<TopicPartition> partitions)
            throws SQLException {
        Map<TopicPartition, Long> stored = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement load = connection.prepareStatement(LOAD)) {
            for (String topic : partitions.stream().map(TopicPartition::topic).distinct().toList()) {
                load.setString(1, group);
                load.setString(2, topic);
                try (ResultSet rows = load.executeQuery()) {
                    while (rows.next()) {
                        var partition = new TopicPartition(topic, rows.getInt("partition"));
                        if (partitions.contains(partition)) {
                            stored.put(partition, rows.getLong("next_offset"));
                        }
                    }
                }
            }
        }
        return stored;
    }
}
