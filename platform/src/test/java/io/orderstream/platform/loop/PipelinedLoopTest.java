package io.orderstream.platform.loop;

import static io.orderstream.platform.loop.LoopHarness.INPUT;
import static io.orderstream.platform.loop.LoopHarness.OUTPUT;
import static io.orderstream.platform.loop.LoopHarness.text;
import static io.orderstream.platform.loop.LoopHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The loop keeps polling and committing while records are being handled: here 13 is held in its handler until the
 * test lets it go, and the loop commits whatever is committable every 5 ms.
 */
class PipelinedLoopTest {

    private static final TopicPartition FIRST = new TopicPartition(INPUT, 0);
    private static final TopicPartition SECOND = new TopicPartition(INPUT, 1);
    private static final int HELD = 13;

    private final CountDownLatch heldMayFinish = new CountDownLatch(1);
    private final AtomicInteger heldStarted = new AtomicInteger();
    private final AtomicInteger heldRunning = new AtomicInteger();
    private final AtomicInteger heldOverlaps = new AtomicInteger();
    private final Set<Integer> answered = ConcurrentHashMap.newKeySet();
    private final LoopHarness harness = new LoopHarness()
            .withInputPartitions(2)
            .withSettings(settings -> settings.withConcurrency(4).withCommitInterval(Duration.ofMillis(5)))
            .withHandler(this::answerHoldingThirteen);

    @AfterEach
    void closeLoop() {
        heldMayFinish.countDown();
        harness.close();
    }

    @Test
    void aSlowRecordDoesNotHoldTheOutputsOfOtherPartitions() {
        harness.start();
        harness.deliver(0, 0, "13");
        Await.until("13 is being handled", () -> heldStarted.get() == 1);

        harness.deliver(1, 0, "7");
        harness.awaitCommits(1);

        assertThat(harness.committedBatches.getFirst().outputs()).extracting(ProducerRecord::value)
                .containsExactly("answer 7");
        assertThat(harness.committedBatches.getFirst().nextOffsets())
                .isEqualTo(Map.of(SECOND, new OffsetAndMetadata(1)));

        heldMayFinish.countDown();
        harness.awaitCommits(2);
        assertThat(harness.committedBatches.get(1).outputs()).extracting(ProducerRecord::value)
                .containsExactly("answer 13");
        assertThat(harness.committedBatches.get(1).nextOffsets()).isEqualTo(Map.of(FIRST, new OffsetAndMetadata(1)));
    }

    @Test
    void aFinishedRecordBehindASlowOneOnTheSamePartitionWaitsForIt() {
        harness.start();
        harness.deliver(0, 0, "13", "8");
        Await.until("8 is answered while 13 is held", () -> answered.contains(8));

        harness.deliver(1, 0, "7"); // a commit after 8 was answered
        harness.awaitCommits(1);

        assertThat(harness.committedBatches.getFirst().outputs()).extracting(ProducerRecord::value)
                .containsExactly("answer 7");
        assertThat(harness.committedBatches.getFirst().nextOffsets()).doesNotContainKey(FIRST);

        heldMayFinish.countDown();
        harness.awaitCommits(2);
        assertThat(harness.committedBatches.get(1).outputs()).extracting(ProducerRecord::value)
                .containsExactly("answer 13", "answer 8");
        assertThat(harness.committedBatches.get(1).nextOffsets()).isEqualTo(Map.of(FIRST, new OffsetAndMetadata(2)));
        assertThat(harness.currentProducer().history()).extracting(sent -> text(sent.value()))
                .containsExactlyInAnyOrder("answer 7", "answer 13", "answer 8");
    }

    @Test
    void aRecordOfAKeyStartsOnlyOnceTheRecordOfThatKeyBeforeItIsDone() {
        harness.start();
        harness.deliver(sameKey(0, "13"));
        Await.until("13 is being handled", () -> heldStarted.get() == 1);

        harness.deliver(sameKey(1, "8"));
        harness.deliver(1, 0, "7"); // a record of another key goes by
        harness.awaitCommits(1);

        assertThat(answered).containsExactly(7);
        heldMayFinish.countDown();
        harness.awaitCommits(2);
        assertThat(harness.committedBatches.get(1).outputs()).extracting(ProducerRecord::value)
                .containsExactly("answer 13", "answer 8");
    }

    @Test
    void dropsTheRecordsInFlightOfARevokedPartitionWithoutCommittingThem() {
        harness.start();
        harness.deliver(0, 0, "13");
        Await.until("13 is being handled", () -> heldStarted.get() == 1);

        harness.consumer.schedulePollTask(() -> harness.consumer.rebalance(List.of(SECOND)));
        Await.until("partition 0 is taken away", () -> !harness.consumer.assignment().contains(FIRST));
        heldMayFinish.countDown();
        Await.until("13 is answered", () -> answered.contains(HELD));
        harness.deliver(1, 0, "7");
        harness.awaitCommits(1);

        assertThat(harness.currentProducer().history()).extracting(sent -> text(sent.value()))
                .containsExactly("answer 7");
        assertThat(harness.currentProducer().consumerGroupOffsetsHistory())
                .allSatisfy(offsets -> assertThat(offsets.values()).allSatisfy(
                        byPartition -> assertThat(byPartition).doesNotContainKey(FIRST)));
    }

    @Test
    void forgetsTheRecordsInFlightWhenATransactionAbortsAndAnswersEachOnceWhenReadAgain() {
        harness.withProducers(new ScriptedProducer().failingNextCommit(new KafkaException("broker went away")));
        harness.start();
        harness.deliver(0, 0, "13");
        Await.until("13 is being handled", () -> heldStarted.get() == 1);
        harness.deliver(1, 0, "7");
        Await.until("the transaction of 7 is aborted", () -> harness.producer(0).transactionAborted());

        harness.consumer.schedulePollTask(() -> { // both partitions were rewound to offset 0
            harness.consumer.addRecord(LoopHarness.record(0, 0, "13"));
            harness.consumer.addRecord(LoopHarness.record(1, 0, "7"));
        });
        harness.awaitCommits(1);
        heldMayFinish.countDown();
        harness.awaitCommits(2);

        assertThat(harness.currentProducer().history()).extracting(sent -> text(sent.value()))
                .containsExactly("answer 7", "answer 13");
        Await.until("13 was handled twice", () -> heldStarted.get() == 2);
        assertThat(heldOverlaps).as("the two handlings of 13 overlapped").hasValue(0);
    }

    @Test
    void closeCommitsTheRecordsInFlightThatFinishInTime() throws InterruptedException {
        TransactionalLoop<Integer, String> loop = harness.start();
        harness.deliver(0, 0, "13");
        Await.until("13 is being handled", () -> heldStarted.get() == 1);

        Thread closing = Thread.ofVirtual().start(loop::close);
        Await.until("close waits for the loop", () -> closing.getState() == Thread.State.TIMED_WAITING);
        heldMayFinish.countDown();
        closing.join();

        assertThat(loop.state()).isEqualTo(LoopState.STOPPED);
        assertThat(harness.committedBatches).singleElement().satisfies(batch -> assertThat(batch.outputs())
                .extracting(ProducerRecord::value).containsExactly("answer 13"));
    }

    private List<ProducerRecord<String, String>> answerHoldingThirteen(ConsumerRecord<String, Integer> record)
            throws InterruptedException {
        if (record.value() == HELD) {
            heldStarted.incrementAndGet();
            if (heldRunning.incrementAndGet() > 1) {
                heldOverlaps.incrementAndGet();
            }
            try {
                heldMayFinish.await();
            } finally {
                heldRunning.decrementAndGet();
            }
        }
        answered.add(record.value());
        return List.of(new ProducerRecord<>(OUTPUT, record.key(), "answer " + record.value()));
    }

    private static ConsumerRecord<byte[], byte[]> sameKey(long offset, String value) {
        return new ConsumerRecord<>(INPUT, 0, offset, utf8("one-key"), utf8(value));
    }
}
