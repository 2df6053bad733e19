package io.orderstream.platform.consumer;

import io.orderstream.platform.loop.FailedRecord;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Stores a group's batches: the rows and the next offsets in one transaction. The consumer policy of the platform (order-api's first):
 * <ul>
 *   <li>A record that cannot be deserialized is dead-lettered ({@code <topic>.dlq}, reason {@code deserialization})
 *       before the transaction that moves the offset past it; the rest of the batch is stored.</li>
 *   <li>A batch whose storing fails is tried whole {@link #WHOLE_BATCH_ATTEMPTS} times (the loop backs off between
 *       tries), then record by record: the record that still fails is dead-lettered (reason {@code not_retryable})
 *       and its offset moved past it, and every other one is stored.</li>
 *   <li>A failure of the infrastructure ({@link Failures#isTransient}: the database or broker unreachable, the schema
 *       registry out) is retried for ever and never dead-letters anything.</li>
 * </ul>
 */
public final class StoredBatches<V> implements ConsumerLoop.BatchHandler {

    /** How many times a failing batch is tried whole before its records are stored one by one. */
    public static final int WHOLE_BATCH_ATTEMPTS = 3;

    private record Position(TopicPartition partition, long offset) {
        static Position of(ConsumerRecord<byte[], byte[]> record) {
            return new Position(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
    }

    private final StoredOffsetsSeeker seeker;
    private final Deserializer<V> deserializer;
    private final GroupListener.RowWriter<V> writer;
    private final ConsumerOffsets offsets;
    private final DataSource dataSource;
    private final DeadLetters deadLetters;
    private final String deadLetterTopic;
    /** Unreadable records already dead-lettered whose offsets are not stored yet: not sent again on a retry. */
    private final Set<Position> deadLettered = new HashSet<>();

    StoredBatches(StoredOffsetsSeeker seeker, Deserializer<V> deserializer, GroupListener.RowWriter<V> writer,
                  ConsumerOffsets offsets, DataSource dataSource, DeadLetters deadLetters, String deadLetterTopic) {
        this.seeker = seeker;
        this.deserializer = deserializer;
        this.writer = writer;
        this.offsets = offsets;
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
        this.deadLetterTopic = deadLetterTopic;
    }

    @Override
    public void beforePoll() throws SQLException {
        seeker.seekUnpositioned();
    }

    @Override
    public void handle(ConsumerRecords<byte[], byte[]> batch, ConsumerLoop.Attempt attempt) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        if (attempt.number() <= WHOLE_BATCH_ATTEMPTS) {
            store(records, attempt);
            return;
        }
        for (ConsumerRecord<byte[], byte[]> record : records) {
            storeAlone(record, attempt);
        }
    }

    private void store(List<ConsumerRecord<byte[], byte[]>> records, ConsumerLoop.Attempt attempt) throws Exception {
        List<V> values = readable(records, attempt);
        Transactions.run(dataSource, connection -> {
            writer.write(connection, values);
            offsets.save(connection, nextOffsets(records));
            return null;
        });
        records.forEach(record -> deadLettered.remove(Position.of(record)));
    }

    /** The batch tried whole failed too often: this record is stored alone, or dead-lettered when it cannot be. */
    private void storeAlone(ConsumerRecord<byte[], byte[]> record, ConsumerLoop.Attempt attempt) throws Exception {
        try {
            store(List.of(record), attempt);
        } catch (Exception e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            deadLetters.send(deadLetterTopic, record, Failures.reason(e), attempt, FailedRecord.NOT_RETRYABLE);
            Transactions.run(dataSource, connection -> {
                offsets.save(connection, nextOffsets(List.of(record)));
                return null;
            });
        }
    }

    /** The values of the records that can be read; the others go to the dead-letter topic. */
    private List<V> readable(List<ConsumerRecord<byte[], byte[]>> records, ConsumerLoop.Attempt attempt)
            throws Exception {
        List<V> values = new ArrayList<>(records.size());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            V value;
            try {
                value = deserializer.deserialize(record.topic(), record.headers(), record.value());
            } catch (RuntimeException e) {
                if (Failures.isTransient(e)) {
                    throw e;
                }
                deadLetterUnreadable(record, e);
                continue;
            }
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private void deadLetterUnreadable(ConsumerRecord<byte[], byte[]> record, Exception failure) throws Exception {
        if (deadLettered.add(Position.of(record))) {
            try {
                deadLetters.send(deadLetterTopic, record, failure, new ConsumerLoop.Attempt(1, Instant.now()),
                        FailedRecord.UNREADABLE);
            } catch (Exception e) {
                deadLettered.remove(Position.of(record));
                throw e;
            }
        }
    }

    private static Map<TopicPartition, Long> nextOffsets(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            next.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
        return next;
    }

}
