package io.orderstream.platform.loop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * Holds back retry tier records until they are due, without holding up anything else: a partition whose next record
 * is not due is rewound to that record and paused until then, while every other partition is consumed as usual.
 * Records of one tier partition fall due in the order they were written (one backoff per tier), so the first record
 * not yet due holds back the ones after it. Lives on the loop's thread.
 */
final class RetryTierGate implements ConsumerRebalanceListener {

    private final RetryTopics topics;
    private final Clock clock;
    private final Map<TopicPartition, Instant> pausedUntil = new HashMap<>();

    RetryTierGate(RetryTopics topics, Clock clock) {
        this.topics = topics;
        this.clock = clock;
    }

    /** The polled records that are due; the partitions of those that are not are rewound and paused. */
    List<ConsumerRecord<byte[], byte[]>> admit(Consumer<byte[], byte[]> consumer,
                                               ConsumerRecords<byte[], byte[]> polled) {
        Instant now = clock.instant();
        List<ConsumerRecord<byte[], byte[]>> due = new ArrayList<>(polled.count());
        for (TopicPartition partition : polled.partitions()) {
            for (ConsumerRecord<byte[], byte[]> record : polled.records(partition)) {
                Optional<Instant> notBefore = dueTime(record).filter(time -> time.isAfter(now));
                if (notBefore.isPresent()) {
                    pause(consumer, partition, record.offset(), notBefore.get());
                    break;
                }
                due.add(record);
            }
        }
        return due;
    }

    /** Resumes the paused partitions whose records are due by now. */
    void resumeDue(Consumer<byte[], byte[]> consumer) {
        Instant now = clock.instant();
        List<TopicPartition> due = pausedUntil.entrySet().stream()
                .filter(paused -> !paused.getValue().isAfter(now))
                .map(Map.Entry::getKey)
                .toList();
        if (!due.isEmpty()) {
            due.forEach(pausedUntil::remove);
            consumer.resume(due);
        }
    }

    /** The poll timeout, shortened so that a poll ends when the next paused record falls due. */
    Duration pollTimeout(Duration longest) {
        Instant now = clock.instant();
        return pausedUntil.values().stream()
                .map(until -> Duration.between(now, until))
                .filter(untilDue -> untilDue.compareTo(longest) < 0)
                .min(Duration::compareTo)
                .map(untilDue -> untilDue.isNegative() ? Duration.ZERO : untilDue)
                .orElse(longest);
    }

    /** Partitions that went elsewhere: a new owner reads them from the committed offset and pauses them itself. */
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        pausedUntil.keySet().removeAll(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
    }

    private Optional<Instant> dueTime(ConsumerRecord<byte[], byte[]> record) {
        if (topics.tierOf(record.topic()).isEmpty()) {
            return Optional.empty();
        }
        return HeaderText.instant(record.headers(), RetryHeaders.DUE);
    }

    private void pause(Consumer<byte[], byte[]> consumer, TopicPartition partition, long offset, Instant until) {
        consumer.seek(partition, offset);
        consumer.pause(List.of(partition));
        pausedUntil.put(partition, until);
    }
}
