package io.orderstream.orderapi.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.TestStack;
import io.orderstream.platform.consumer.ConsumerOffsets;
import io.orderstream.platform.consumer.Transactions;
import io.orderstream.platform.db.Database;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A group's next offsets, every partition of a batch saved in one statement, on real PostgreSQL. */
class ConsumerOffsetsIT {

    private static Database database;

    private final ConsumerOffsets offsets = new ConsumerOffsets("group-" + UUID.randomUUID());
    private final TopicPartition first = new TopicPartition("orders.state", 0);
    private final TopicPartition second = new TopicPartition("orders.state", 1);
    private final TopicPartition other = new TopicPartition("orders.events", 0);

    @BeforeAll
    static void migrate() {
        database = TestStack.migratedDatabase("offsets");
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private void save(Map<TopicPartition, Long> next) throws SQLException {
        Transactions.run(database.dataSource(), connection -> {
            offsets.save(connection, next);
            return null;
        });
    }

    @Test
    void the_offsets_of_every_partition_of_a_batch_are_saved_together() throws SQLException {
        save(Map.of(first, 10L, second, 20L, other, 5L));

        assertThat(offsets.load(database.dataSource(), List.of(first, second, other)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(first, 10L, second, 20L, other, 5L));
    }

    @Test
    void a_later_batch_moves_the_offsets_of_its_partitions_only() throws SQLException {
        save(Map.of(first, 10L, second, 20L));

        save(Map.of(second, 25L));

        assertThat(offsets.load(database.dataSource(), List.of(first, second)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(first, 10L, second, 25L));
    }

    @Test
    void nothing_to_save_saves_nothing() throws SQLException {
        save(Map.of());

        assertThat(offsets.load(database.dataSource(), List.of(first))).isEmpty();
    }
}
