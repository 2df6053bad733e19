package io.orderstream.platform.loop;

import static io.orderstream.platform.loop.LoopHarness.text;
import static io.orderstream.platform.loop.LoopHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class InFlightRecordsTest {

    private static final TopicPartition FIRST = new TopicPartition("in", 0);
    private static final TopicPartition SECOND = new TopicPartition("in", 1);

    private final BatchProcessor<String, String> processor = new BatchProcessor<>((topic, bytes) -> text(bytes),
            (topic, value) -> utf8(value), record -> List.of(),
            new FailureRouter("test", new RetryTopics("in", RetryTiers.none()), new TestClock()),
            new ParallelByKey(1, "test"));
    private final InFlightRecords<String, String> inFlight = new InFlightRecords<>();

    @Test
    void takesOnEachPartitionTheRecordsDoneBeforeTheFirstStillBeingHandled() {
        add(FIRST, 0, done("a"));
        add(FIRST, 1, pending());
        add(FIRST, 2, done("c"));
        add(SECOND, 5, done("d"));

        assertThat(inFlight.committable()).isEqualTo(2);
        ProcessedBatch<String> batch = inFlight.takeCommittable(10, processor);

        assertThat(batch.outputs()).extracting(ProducerRecord::value).containsExactlyInAnyOrder("a", "d");
        assertThat(batch.nextOffsets()).isEqualTo(Map.of(
                FIRST, new OffsetAndMetadata(1), SECOND, new OffsetAndMetadata(6)));
        assertThat(inFlight.size()).isEqualTo(2);
        assertThat(inFlight.committable()).isZero();
    }

    @Test
    void takesTheRecordsWaitingBehindOneOnceItIsDone() {
        add(FIRST, 0, done("a"));
        CompletableFuture<BatchProcessor.Outcome<String>> slow = pending();
        add(FIRST, 1, slow);
        add(FIRST, 2, done("c"));
        inFlight.takeCommittable(10, processor);

        slow.complete(answered("b"));

        ProcessedBatch<String> batch = inFlight.takeCommittable(10, processor);
        assertThat(batch.outputs()).extracting(ProducerRecord::value).containsExactly("b", "c");
        assertThat(batch.nextOffsets()).isEqualTo(Map.of(FIRST, new OffsetAndMetadata(3)));
        assertThat(inFlight.isEmpty()).isTrue();
    }

    @Test
    void takesNoMoreThanAskedAndLeavesTheRestForTheNextTransaction() {
        add(FIRST, 0, done("a"));
        add(FIRST, 1, done("b"));
        add(FIRST, 2, done("c"));

        assertThat(inFlight.takeCommittable(2, processor).nextOffsets())
                .isEqualTo(Map.of(FIRST, new OffsetAndMetadata(2)));
        assertThat(inFlight.takeCommittable(2, processor).nextOffsets())
                .isEqualTo(Map.of(FIRST, new OffsetAndMetadata(3)));
    }

    @Test
    void forgetsTheRecordsOfRevokedPartitionsDoneOrNot() {
        add(FIRST, 0, done("a"));
        add(FIRST, 1, pending());
        add(SECOND, 5, done("d"));

        inFlight.drop(List.of(FIRST));

        assertThat(inFlight.size()).isEqualTo(1);
        assertThat(inFlight.takeCommittable(10, processor).nextOffsets())
                .isEqualTo(Map.of(SECOND, new OffsetAndMetadata(6)));
    }

    @Test
    void forgetsEverythingAndTellsWhereEachPartitionsRecordsBegan() {
        add(FIRST, 3, pending());
        add(FIRST, 4, done("b"));
        add(SECOND, 7, done("d"));

        assertThat(inFlight.dropAll()).isEqualTo(Map.of(FIRST, 3L, SECOND, 7L));
        assertThat(inFlight.isEmpty()).isTrue();
        assertThat(inFlight.committable()).isZero();
    }

    @Test
    void isAllDoneOnlyWhenNoRecordIsStillBeingHandled() {
        CompletableFuture<BatchProcessor.Outcome<String>> slow = pending();
        add(FIRST, 0, slow);
        add(SECOND, 0, done("d"));
        assertThat(inFlight.allDone()).isFalse();

        slow.complete(answered("a"));

        assertThat(inFlight.allDone()).isTrue();
    }

    private void add(TopicPartition partition, long offset, CompletableFuture<BatchProcessor.Outcome<String>> outcome) {
        var raw = new ConsumerRecord<>(partition.topic(), partition.partition(), offset, utf8("k" + offset), utf8("v"));
        inFlight.add(processor.read(List.of(raw)).getFirst(), outcome);
    }

    private static CompletableFuture<BatchProcessor.Outcome<String>> done(String output) {
        return CompletableFuture.completedFuture(answered(output));
    }

    private static CompletableFuture<BatchProcessor.Outcome<String>> pending() {
        return new CompletableFuture<>();
    }

    private static BatchProcessor.Outcome<String> answered(String output) {
        return new BatchProcessor.Outcome.Answered<>(List.of(new ProducerRecord<>("out", "k", output)));
    }
}
