package io.orderstream.platform.loop;

import static io.orderstream.platform.loop.LoopHarness.header;
import static io.orderstream.platform.loop.LoopHarness.text;
import static io.orderstream.platform.loop.LoopHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The loop with retry tiers of 1 s and 10 s, on a clock that moves only when the test says so. */
class RetryingLoopTest {

    private static final String TIER_1 = "in.retry.1";
    private static final String TIER_2 = "in.retry.2";
    private static final String DEAD_LETTERS = "in.dlq";
    private static final TopicPartition TIER_1_PARTITION = new TopicPartition(TIER_1, 0);

    private final LoopHarness harness = new LoopHarness().withRetryTiers(Duration.ofSeconds(1), Duration.ofSeconds(10));

    @AfterEach
    void closeLoop() {
        harness.close();
    }

    @Test
    void requeuesARetryableFailureOnTheFirstTierDueAfterItsBackoff() {
        harness.start();

        harness.deliver(7, "900");
        harness.awaitCommits(1);

        assertThat(harness.sentTo(TIER_1)).singleElement().satisfies(retry -> {
            assertThat(text(retry.key())).isEqualTo("order-7");
            assertThat(text(retry.value())).isEqualTo("900");
            assertThat(header(retry, RetryHeaders.DUE)).isEqualTo(TestClock.START.plusSeconds(1).toString());
            assertThat(header(retry, DeadLetterHeaders.ATTEMPTS)).isEqualTo("1");
            assertThat(header(retry, DeadLetterHeaders.TOPIC)).isEqualTo("in");
            assertThat(header(retry, DeadLetterHeaders.OFFSET)).isEqualTo("7");
            assertThat(header(retry, DeadLetterHeaders.MESSAGE)).isEqualTo("cannot answer 900 yet");
        });
        assertThat(harness.currentProducer().consumerGroupOffsetsHistory()).singleElement()
                .satisfies(offsets -> assertThat(offsets.values()).singleElement()
                        .isEqualTo(Map.of(LoopHarness.PARTITION, new OffsetAndMetadata(8))));
    }

    @Test
    void holdsATierRecordBackUntilItIsDueWhileOtherPartitionsGoOn() {
        harness.start();

        harness.deliver(tierRecord(0, "5", TestClock.START.plusSeconds(1)));
        harness.deliver(0, "6");
        harness.awaitCommits(1);

        assertThat(harness.sentTo(LoopHarness.OUTPUT)).extracting(answer -> text(answer.value()))
                .containsExactly("answer 6");
        Await.until("the tier partition is paused", () -> harness.consumer.paused().contains(TIER_1_PARTITION));
        assertThat(harness.consumer.position(TIER_1_PARTITION)).isZero();
    }

    @Test
    void handlesATierRecordOnceItIsDue() {
        harness.start();
        harness.deliver(tierRecord(0, "5", TestClock.START.plusSeconds(1)));
        Await.until("the tier partition is paused", () -> harness.consumer.paused().contains(TIER_1_PARTITION));

        harness.clock.advance(Duration.ofSeconds(1));
        harness.deliver(tierRecord(0, "5", TestClock.START.plusSeconds(1))); // read again from where it was rewound
        harness.awaitCommits(1);

        assertThat(harness.sentTo(LoopHarness.OUTPUT)).extracting(answer -> text(answer.value()))
                .containsExactly("answer 5");
        assertThat(harness.consumer.paused()).isEmpty();
    }

    @Test
    void retriesThroughEveryTierThenDeadLettersWithTheWholeHistory() {
        harness.start();
        harness.deliver(3, "901");
        harness.awaitCommits(1);
        Instant firstFailure = harness.clock.instant();

        harness.clock.advance(Duration.ofSeconds(1));
        harness.deliverSent(harness.sentTo(TIER_1).getFirst(), 0);
        harness.awaitCommits(2);
        ProducerRecord<byte[], byte[]> secondTier = harness.sentTo(TIER_2).getFirst();
        assertThat(header(secondTier, DeadLetterHeaders.ATTEMPTS)).isEqualTo("2");
        assertThat(header(secondTier, RetryHeaders.DUE)).isEqualTo(firstFailure.plusSeconds(11).toString());

        harness.clock.advance(Duration.ofSeconds(10));
        harness.deliverSent(secondTier, 0);
        harness.awaitCommits(3);

        assertThat(harness.sentTo(DEAD_LETTERS)).singleElement().satisfies(deadLetter -> {
            assertThat(text(deadLetter.value())).isEqualTo("901");
            assertThat(header(deadLetter, DeadLetterHeaders.ATTEMPTS)).isEqualTo("3");
            assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo("in");
            assertThat(header(deadLetter, DeadLetterHeaders.PARTITION)).isEqualTo("0");
            assertThat(header(deadLetter, DeadLetterHeaders.OFFSET)).isEqualTo("3");
            assertThat(header(deadLetter, DeadLetterHeaders.FIRST_FAILURE)).isEqualTo(firstFailure.toString());
            assertThat(header(deadLetter, DeadLetterHeaders.LAST_FAILURE))
                    .isEqualTo(firstFailure.plusSeconds(11).toString());
            assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).isEqualTo(RetryableException.class.getName());
            assertThat(header(deadLetter, DeadLetterHeaders.STACKTRACE)).contains("RetryableException");
            assertThat(header(deadLetter, DeadLetterHeaders.SERVICE)).isEqualTo("test-service");
            assertThat(deadLetter.headers().lastHeader(RetryHeaders.DUE)).isNull();
        });
        assertThat(count(FailureCounter.RETRIED, "flaky")).isEqualTo(2);
        assertThat(count(FailureCounter.DEAD_LETTERED, FailedRecord.RETRIES_EXHAUSTED)).isEqualTo(1);
    }

    @Test
    void deadLettersAPoisonPillAtOnce() {
        harness.start();

        harness.deliver(0, "garbage");
        harness.awaitCommits(1);

        assertThat(harness.sentTo(TIER_1)).isEmpty();
        assertThat(harness.sentTo(DEAD_LETTERS)).singleElement()
                .satisfies(deadLetter -> assertThat(header(deadLetter, DeadLetterHeaders.ATTEMPTS)).isEqualTo("1"));
        assertThat(count(FailureCounter.DEAD_LETTERED, FailedRecord.UNREADABLE)).isEqualTo(1);
    }

    @Test
    void deadLettersAFailureThatIsNotRetryableAtOnce() {
        harness.start();

        harness.deliver(0, "-1");
        harness.awaitCommits(1);

        assertThat(harness.sentTo(DEAD_LETTERS)).hasSize(1);
        assertThat(count(FailureCounter.DEAD_LETTERED, FailedRecord.NOT_RETRYABLE)).isEqualTo(1);
    }

    @Test
    void sendsTheHandlersAnswerToADeadLetteredRecordInTheSameTransaction() {
        harness.withHandler(new RecordHandler<>() {
            @Override
            public List<ProducerRecord<String, String>> handle(ConsumerRecord<String, Integer> record) {
                throw new IllegalStateException("broken");
            }

            @Override
            public List<ProducerRecord<String, String>> answerDeadLettered(ConsumerRecord<String, Integer> record,
                                                                           Exception lastFailure) {
                return List.of(new ProducerRecord<>(LoopHarness.OUTPUT, record.key(), "gave up: "
                        + lastFailure.getMessage()));
            }
        }).start();

        harness.deliver(0, "4");
        harness.awaitCommits(1);

        assertThat(harness.currentProducer().history()).extracting(ProducerRecord::topic)
                .containsExactly(DEAD_LETTERS, LoopHarness.OUTPUT);
        assertThat(text(harness.sentTo(LoopHarness.OUTPUT).getFirst().value())).isEqualTo("gave up: broken");
        assertThat(harness.committedBatches.getFirst().outputs()).hasSize(1);
    }

    @Test
    void givesAReplayedRecordEveryRetryAgain() {
        harness.start();
        var replayed = LoopHarness.record(9, "902");
        replayed.headers().add(DeadLetterHeaders.ATTEMPTS, utf8("3"))
                .add(DeadLetterHeaders.TOPIC, utf8("in"))
                .add(DeadLetterHeaders.OFFSET, utf8("1"))
                .add(DeadLetterHeaders.REPLAYED_FROM, utf8("in.dlq:0:4"));

        harness.deliver(replayed);
        harness.awaitCommits(1);

        assertThat(harness.sentTo(TIER_1)).singleElement().satisfies(retry -> {
            assertThat(header(retry, DeadLetterHeaders.ATTEMPTS)).isEqualTo("1");
            assertThat(header(retry, DeadLetterHeaders.OFFSET)).isEqualTo("9");
            assertThat(header(retry, DeadLetterHeaders.REPLAYED_FROM)).isEqualTo("in.dlq:0:4");
            assertThat(retry.headers().headers(DeadLetterHeaders.ATTEMPTS)).hasSize(1);
        });
    }

    @Test
    void countsFailuresOnlyOnceTheirTransactionCommits() {
        harness.withProducers(new ScriptedProducer().failingNextCommit(new KafkaException("broker went away")));
        harness.start();

        harness.deliver(0, "900");
        Await.until("the failed transaction is aborted", () -> harness.producersCreated() > 0
                && harness.producer(0).transactionAborted());
        assertThat(harness.metrics.find(FailureCounter.RETRIED).counter()).isNull();
        harness.deliver(0, "900");
        harness.awaitCommits(1);

        assertThat(count(FailureCounter.RETRIED, "flaky")).isEqualTo(1);
    }

    @Test
    void subscribesToTheInputAndEveryTier() {
        TransactionalLoop<Integer, String> loop = harness.start();
        Await.until("the loop runs", loop::isRunning);

        assertThat(harness.consumer.subscription()).containsExactlyInAnyOrder("in", TIER_1, TIER_2);
    }

    private double count(String name, String reason) {
        return harness.metrics.get(name).tag("topic", "in").tag("reason", reason).counter().count();
    }

    private static ConsumerRecord<byte[], byte[]> tierRecord(long offset, String value, Instant due) {
        var headers = new RecordHeaders()
                .add(RetryHeaders.DUE, utf8(due.toString()))
                .add(DeadLetterHeaders.ATTEMPTS, utf8("1"));
        return new ConsumerRecord<>(TIER_1, 0, offset, 0L, TimestampType.CREATE_TIME, 0, 0, utf8("order-t" + offset),
                utf8(value), headers, Optional.empty());
    }
}
