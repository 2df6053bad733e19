package io.orderstream.platform.loop;

import static io.orderstream.platform.loop.LoopHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTierGateTest {

    private static final TopicPartition INPUT = new TopicPartition("in", 0);
    private static final TopicPartition TIER_0 = new TopicPartition("in.retry.1", 0);
    private static final TopicPartition TIER_1 = new TopicPartition("in.retry.1", 1);
    private static final Instant IN_ONE_SECOND = TestClock.START.plusSeconds(1);

    private final TestClock clock = new TestClock();
    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final RetryTierGate gate = new RetryTierGate(
            new RetryTopics("in", new RetryTiers(List.of(Duration.ofSeconds(1)))), clock);

    @BeforeEach
    void assignPartitions() {
        consumer.assign(List.of(INPUT, TIER_0, TIER_1));
    }

    @Test
    void letsInputRecordsAndDueTierRecordsThrough() {
        var input = inputRecord(4);
        var due = tierRecord(TIER_0, 2, TestClock.START);

        assertThat(gate.admit(consumer, polled(input, due))).containsExactly(input, due);
        assertThat(consumer.paused()).isEmpty();
    }

    @Test
    void rewindsAndPausesAPartitionAtItsFirstRecordNotDueAndKeepsTheRecordsBefore() {
        var due = tierRecord(TIER_0, 2, TestClock.START);
        var notDue = tierRecord(TIER_0, 3, IN_ONE_SECOND);
        var after = tierRecord(TIER_0, 4, TestClock.START);

        List<ConsumerRecord<byte[], byte[]>> admitted = gate.admit(consumer, polled(due, notDue, after));

        assertThat(admitted).containsExactly(due);
        assertThat(consumer.paused()).containsExactly(TIER_0);
        assertThat(consumer.position(TIER_0)).isEqualTo(3);
    }

    @Test
    void letsOtherPartitionsThroughWhileOneIsHeldBack() {
        var notDue = tierRecord(TIER_0, 0, IN_ONE_SECOND);
        var otherTierPartition = tierRecord(TIER_1, 0, TestClock.START);
        var input = inputRecord(0);

        assertThat(gate.admit(consumer, polled(notDue, otherTierPartition, input)))
                .containsExactly(otherTierPartition, input);
    }

    @Test
    void resumesAPausedPartitionOnceItsRecordIsDue() {
        gate.admit(consumer, polled(tierRecord(TIER_0, 0, IN_ONE_SECOND)));

        clock.advance(Duration.ofMillis(999));
        gate.resumeDue(consumer);
        assertThat(consumer.paused()).containsExactly(TIER_0);

        clock.advance(Duration.ofMillis(1));
        gate.resumeDue(consumer);
        assertThat(consumer.paused()).isEmpty();
    }

    @Test
    void shortensThePollSoItEndsWhenThePausedRecordFallsDue() {
        assertThat(gate.pollTimeout(Duration.ofMillis(500))).isEqualTo(Duration.ofMillis(500));

        gate.admit(consumer, polled(tierRecord(TIER_0, 0, TestClock.START.plusMillis(200))));

        assertThat(gate.pollTimeout(Duration.ofMillis(500))).isEqualTo(Duration.ofMillis(200));
        assertThat(gate.pollTimeout(Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void forgetsThePauseOfAPartitionThatWentToAnotherConsumer() {
        gate.admit(consumer, polled(tierRecord(TIER_0, 0, IN_ONE_SECOND)));

        gate.onPartitionsRevoked(List.of(TIER_0));
        consumer.assign(List.of(INPUT, TIER_1));
        clock.advance(Duration.ofSeconds(1));
        gate.resumeDue(consumer); // would fail on a partition no longer assigned

        assertThat(gate.pollTimeout(Duration.ofMillis(500))).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void letsATierRecordWithoutDueTimeThrough() {
        var undated = new ConsumerRecord<>(TIER_0.topic(), 0, 0, utf8("k"), utf8("1"));

        assertThat(gate.admit(consumer, polled(undated))).containsExactly(undated);
    }

    @Test
    void neverHoldsBackAnInputRecordWhateverItsHeadersSay() {
        var replayed = new ConsumerRecord<>("in", 0, 0, 0L, TimestampType.CREATE_TIME, 0, 0, utf8("k"), utf8("1"),
                new RecordHeaders().add(RetryHeaders.DUE, utf8(IN_ONE_SECOND.toString())), Optional.empty());

        assertThat(gate.admit(consumer, polled(replayed))).containsExactly(replayed);
    }

    private static ConsumerRecord<byte[], byte[]> inputRecord(long offset) {
        return new ConsumerRecord<>("in", 0, offset, utf8("k"), utf8("1"));
    }

    private static ConsumerRecord<byte[], byte[]> tierRecord(TopicPartition partition, long offset, Instant due) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, 0L, TimestampType.CREATE_TIME,
                0, 0, utf8("k"), utf8("1"), new RecordHeaders().add(RetryHeaders.DUE, utf8(due.toString())),
                Optional.empty());
    }

    @SafeVarargs
    private static ConsumerRecords<byte[], byte[]> polled(ConsumerRecord<byte[], byte[]>... records) {
        Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> byPartition = new LinkedHashMap<>();
        for (var record : records) {
            byPartition.computeIfAbsent(new TopicPartition(record.topic(), record.partition()),
                    partition -> new ArrayList<>()).add(record);
        }
        return new ConsumerRecords<>(byPartition, Map.of());
    }
}
