package io.orderstream.platform.consumer;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * Puts every partition the group assigns to this consumer at its offset stored in PostgreSQL
 * ({@link ConsumerOffsets}), not at the one committed to Kafka. A partition without a stored offset starts where the
 * group's Kafka offset says (left by order-api before version 3, which committed there) or at the earliest record.
 * An assigned partition stays paused until its offset could be read, so nothing is read from the wrong place while
 * the database is away.
 */
final class StoredOffsetsSeeker implements ConsumerRebalanceListener {

    private static final System.Logger LOG = System.getLogger(StoredOffsetsSeeker.class.getName());

    private final Consumer<byte[], byte[]> consumer;
    private final ConsumerOffsets offsets;
    private final DataSource dataSource;
    private final Set<TopicPartition> unpositioned = new LinkedHashSet<>();

    StoredOffsetsSeeker(Consumer<byte[], byte[]> consumer, ConsumerOffsets offsets, DataSource dataSource) {
        this.consumer = consumer;
        this.offsets = offsets;
        this.dataSource = dataSource;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        consumer.pause(partitions);
        unpositioned.addAll(partitions);
        try {
            seekUnpositioned();
        } catch (SQLException | RuntimeException e) { // retried before the next poll; a throw here would fail the poll
            LOG.log(Level.WARNING, "cannot read the stored offsets of " + partitions + " yet: " + e.getMessage());
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        unpositioned.removeAll(partitions);
    }

    /** Seeks the assigned partitions not positioned yet to their stored offsets, and lets them be fetched. */
    void seekUnpositioned() throws SQLException {
        if (unpositioned.isEmpty()) {
            return;
        }
        List<TopicPartition> partitions = new ArrayList<>(unpositioned);
        Map<TopicPartition, Long> stored = offsets.load(dataSource, partitions);
        stored.forEach(consumer::seek);
        consumer.resume(partitions);
        unpositioned.removeAll(partitions);
        LOG.log(Level.DEBUG, "positioned " + partitions + " at their stored offsets " + stored);
    }
}
