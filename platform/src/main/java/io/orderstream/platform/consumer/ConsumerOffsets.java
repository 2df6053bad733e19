package io.orderstream.platform.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
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

    private static final String SAVE = """
            INSERT INTO consumer_offsets (consumer_group, topic, partition, next_offset) VALUES (?, ?, ?, ?)
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
        Transactions.batch(connection, SAVE, nextOffsets.entrySet(), (save, next) -> {
            save.setString(1, group);
            save.setString(2, next.getKey().topic());
            save.setInt(3, next.getKey().partition());
            save.setLong(4, next.getValue());
        });
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
