package io.orderstream.platform.loop;

import static io.orderstream.platform.loop.LoopHarness.PARTITION;
import static io.orderstream.platform.loop.LoopHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransactionalLoopTest {

    private final LoopHarness harness = new LoopHarness();

    @AfterEach
    void closeLoop() {
        harness.close();
    }

    @Test
    void sendsTheAnswerAndCommitsTheConsumedOffsetInOneTransaction() {
        harness.start();

        harness.deliver(0, "7");
        harness.awaitCommits(1);

        ScriptedProducer producer = harness.currentProducer();
        assertThat(producer.history()).singleElement().satisfies(answer -> {
            assertThat(answer.topic()).isEqualTo(LoopHarness.OUTPUT);
            assertThat(text(answer.key())).isEqualTo("order-0");
            assertThat(text(answer.value())).isEqualTo("answer 7");
        });
        assertThat(producer.consumerGroupOffsetsHistory()).singleElement()
                .satisfies(offsets -> assertThat(offsets.values()).singleElement()
                        .isEqualTo(Map.of(PARTITION, new OffsetAndMetadata(1))));
    }

    @Test
    void answersAWholePollInOneTransaction() {
        harness.start();

        harness.deliver(0, "1", "2", "3");
        harness.awaitCommits(1);

        assertThat(harness.currentProducer().history()).extracting(answer -> text(answer.value()))
                .containsExactly("answer 1", "answer 2", "answer 3");
        assertThat(harness.currentProducer().commitCount()).isEqualTo(1);
    }

    @Test
    void sendsARecordThatCannotBeDeserializedToItsDeadLetterTopicAndAnswersTheNext() {
        harness.start();

        harness.deliver(0, "garbage", "8");
        harness.awaitCommits(1);

        List<ProducerRecord<byte[], byte[]>> sent = harness.currentProducer().history();
        assertThat(sent).extracting(ProducerRecord::topic).containsExactly("in.dlq", "out");
        assertThat(text(sent.get(0).value())).isEqualTo("garbage");
        assertThat(text(sent.get(0).headers().lastHeader(DeadLetterHeaders.EXCEPTION).value()))
                .isEqualTo(NumberFormatException.class.getName());
        assertThat(text(sent.get(1).value())).isEqualTo("answer 8");
        assertThat(harness.committedBatches).singleElement()
                .satisfies(batch -> assertThat(batch.failures()).hasSize(1));
    }

    @Test
    void readsARecordAgainWhileTheSchemaRegistryCannotAnswerAndNeverDeadLettersIt() {
        harness.registryOutages.set(1);
        harness.start();

        harness.deliver(0, LoopHarness.NEEDS_REGISTRY);
        Await.until("the registry failed once", () -> harness.registryFailuresSeen.get() == 1);
        harness.deliver(0, LoopHarness.NEEDS_REGISTRY); // redelivered: only a consumer rewound to offset 0 reads it
        harness.awaitCommits(1);

        assertThat(harness.currentProducer().history()).extracting(ProducerRecord::topic).containsExactly("out");
        assertThat(text(harness.currentProducer().history().getFirst().value())).isEqualTo("answer 42");
        assertThat(harness.committedBatches).singleElement()
                .satisfies(batch -> assertThat(batch.failures()).isEmpty());
    }

    @Test
    void sendsARecordItsHandlerRejectsToItsDeadLetterTopic() {
        harness.start();

        harness.deliver(0, "-1");
        harness.awaitCommits(1);

        assertThat(harness.currentProducer().history()).singleElement().satisfies(deadLetter -> {
            assertThat(deadLetter.topic()).isEqualTo("in.dlq");
            assertThat(text(deadLetter.headers().lastHeader(DeadLetterHeaders.MESSAGE).value()))
                    .isEqualTo("negative: -1");
        });
    }

    @Test
    void commitsTheOffsetOfARecordThatNeedsNoAnswer() {
        harness.start();

        harness.deliver(0, "garbage");
        harness.awaitCommits(1);

        assertThat(harness.currentProducer().consumerGroupOffsetsHistory()).singleElement()
                .satisfies(offsets -> assertThat(offsets.values()).singleElement()
                        .satisfies(byPartition -> assertThat(byPartition.get(PARTITION).offset()).isEqualTo(1)));
    }

    @Test
    void abortsAFailedTransactionAndAnswersItsRecordsAgainOnce() {
        harness.withProducers(new ScriptedProducer().failingNextCommit(new KafkaException("broker went away")));
        harness.start();

        harness.deliver(0, "5");
        Await.until("the failed transaction is aborted", () -> harness.producersCreated() > 0
                && harness.producer(0).transactionAborted());
        harness.deliver(0, "5"); // redelivered: only a consumer rewound to offset 0 reads it again
        harness.awaitCommits(1);

        assertThat(harness.currentProducer().history()).extracting(answer -> text(answer.value()))
                .containsExactly("answer 5");
        assertThat(harness.producersCreated()).isEqualTo(1);
    }

    @Test
    void tellsItsListenerOnlyOfCommittedBatches() {
        harness.withProducers(new ScriptedProducer().failingNextCommit(new KafkaException("broker went away")));
        harness.start();

        harness.deliver(0, "5");
        Await.until("the failed transaction is aborted", () -> harness.producersCreated() > 0
                && harness.producer(0).transactionAborted());
        harness.deliver(0, "5");
        harness.awaitCommits(1);

        assertThat(harness.committedBatches).singleElement()
                .satisfies(batch -> assertThat(batch.outputs()).extracting(ProducerRecord::value)
                        .containsExactly("answer 5"));
    }

    @Test
    void replacesAProducerThatCannotAbortAndAnswersWithTheNewOne() {
        harness.withProducers(new ScriptedProducer()
                .failingNextCommit(new KafkaException("commit timed out"))
                .failingNextAbort(new IllegalStateException("the commit must be retried")));
        harness.start();

        harness.deliver(0, "6");
        Await.until("a second producer", () -> harness.producersCreated() == 2);
        harness.deliver(0, "6");
        harness.awaitCommits(1);

        assertThat(harness.producer(0).closed()).isTrue();
        assertThat(harness.producer(1).transactionInitialized()).isTrue();
        assertThat(harness.producer(1).history()).extracting(answer -> text(answer.value()))
                .containsExactly("answer 6");
    }

    @Test
    void replacesAProducerWhoseEpochIsNoLongerValid() {
        harness.withProducers(new ScriptedProducer()
                .failingNextCommit(new InvalidProducerEpochException("transaction timed out")));
        harness.start();

        harness.deliver(0, "4");

        Await.until("a second producer", () -> harness.producersCreated() == 2);
        assertThat(harness.producer(0).closed()).isTrue();
    }

    @Test
    void stopsWhenAnotherInstanceWithItsTransactionalIdTookOver() {
        TransactionalLoop<Integer, String> loop = harness.start();
        Await.until("the loop runs", loop::isRunning);

        harness.currentProducer().fenceProducer();
        harness.deliver(0, "3");

        Await.until("the loop is fenced", () -> loop.state() == LoopState.FENCED);
        assertThat(loop.isRunning()).isFalse();
        assertThat(harness.currentProducer().history()).isEmpty();
        Await.until("its clients are closed", () -> harness.consumer.closed() && harness.currentProducer().closed());
    }

    @Test
    void runsOnceItsProducerIsInitialised() {
        TransactionalLoop<Integer, String> loop = harness.start();

        Await.until("the loop runs", loop::isRunning);

        assertThat(harness.currentProducer().transactionInitialized()).isTrue();
        assertThat(harness.consumer.subscription()).containsExactly(LoopHarness.INPUT);
    }

    @Test
    void closeStopsTheLoopAndClosesItsClients() {
        TransactionalLoop<Integer, String> loop = harness.start();
        Await.until("the loop runs", loop::isRunning);

        loop.close();

        assertThat(loop.state()).isEqualTo(LoopState.STOPPED);
        assertThat(harness.consumer.closed()).isTrue();
        assertThat(harness.currentProducer().closed()).isTrue();
    }

    @Test
    void failsOnAnErrorOfTheConsumer() {
        TransactionalLoop<Integer, String> loop = harness.start();
        Await.until("the loop runs", loop::isRunning);

        harness.consumer.setPollException(new KafkaException("corrupt record"));

        Await.until("the loop fails", () -> loop.state() == LoopState.FAILED);
        assertThat(loop.isRunning()).isFalse();
    }
}
