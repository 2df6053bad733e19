package io.orderstream.dlq.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.dlq.kafka.DeadLetterSource;
import io.orderstream.dlq.record.DeadLetter;
import io.orderstream.dlq.record.PartitionOffset;
import io.orderstream.dlq.record.TestLetters;
import io.orderstream.dlq.replay.ReplayOutcome.Kind;
import io.orderstream.platform.loop.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** One partition's replay against records in memory: offsets 1, 3 and 5 hold transaction markers. */
class PartitionReplayTest {

    private static final TopicPartition PARTITION = new TopicPartition(TestLetters.DLQ_TOPIC, 0);
    private static final long END = 6;

    private final RecordingSink sink = new RecordingSink(false);
    private InMemorySource source = new InMemorySource(letter(0), letter(2), letter(4));
    private OffsetAndMetadata committed;

    @Test
    void allReplaysEveryRecordAndCommitsTheEndWithTheRecords() {
        List<ReplayOutcome> outcomes = replay(ReplaySelection.all(), sink);

        assertThat(outcomes).extracting(ReplayOutcome::kind).containsOnly(Kind.REPLAYED);
        assertThat(sink.events).containsExactly("send 0", "send 2", "send 4", "commit 6 ");
    }

    @Test
    void aSecondReplayReplaysNothingAndCommitsNothing() {
        replay(ReplaySelection.all(), sink);
        var second = new RecordingSink(false);

        assertThat(replay(ReplaySelection.all(), second)).isEmpty();
        assertThat(second.events).isEmpty();
    }

    @Test
    void selectedOffsetsAreRememberedAsHolesAndAllThenReplaysOnlyTheRest() {
        replay(ReplaySelection.offsets(List.of(new PartitionOffset(0, 2))), sink);
        assertThat(sink.events).containsExactly("send 2", "commit 0 settled:1-2");

        var rest = new RecordingSink(false);
        replay(ReplaySelection.all(), rest);

        assertThat(rest.events).containsExactly("send 0", "send 4", "commit 6 ");
    }

    @Test
    void offsetsReplayedBeforeAreReportedWithTheirKeyAndNotSentAgain() {
        replay(ReplaySelection.offsets(List.of(new PartitionOffset(0, 2))), sink);
        var again = new RecordingSink(false);

        List<ReplayOutcome> outcomes = replay(ReplaySelection.offsets(List.of(new PartitionOffset(0, 2))), again);

        assertThat(outcomes).containsExactly(
                new ReplayOutcome(new PartitionOffset(0, 2), "order-2", TestLetters.ORIGINAL_TOPIC, Kind.ALREADY_REPLAYED));
        assertThat(again.events).isEmpty();
    }

    @Test
    void anOffsetWithoutARecordIsReported() {
        List<ReplayOutcome> outcomes = replay(ReplaySelection.offsets(List.of(new PartitionOffset(0, 3))), sink);

        assertThat(outcomes).extracting(ReplayOutcome::kind).containsExactly(Kind.NO_RECORD);
        assertThat(sink.events).noneMatch(event -> event.startsWith("send"));
    }

    @Test
    void aRecordWithoutOriginalTopicStaysUnreplayedAndHoldsTheCommittedOffsetBack() {
        source = new InMemorySource(letter(0), TestLetters.fromStreams(0, 2).without(DeadLetterHeaders.TOPIC).build(), letter(4));

        List<ReplayOutcome> outcomes = replay(ReplaySelection.all(), sink);

        assertThat(outcomes).extracting(ReplayOutcome::kind)
                .containsExactly(Kind.REPLAYED, Kind.NO_ORIGINAL_TOPIC, Kind.REPLAYED);
        assertThat(sink.events).containsExactly("send 0", "send 4", "commit 2 settled:3-5");
    }

    @Test
    void aRecordWhoseTopicIsGoneIsNotSent() {
        List<ReplayOutcome> outcomes = new PartitionReplay(PARTITION, ReplaySelection.all(), PartitionProgress.of(null, 0),
                sink, topic -> false).run(source, END);

        assertThat(outcomes).extracting(ReplayOutcome::kind).containsOnly(Kind.UNKNOWN_DESTINATION);
        assertThat(sink.events).containsExactly("commit 0 settled:1,3,5");
    }

    @Test
    void commitsEveryHundredRecordsSoAnInterruptedReplayKeepsWhatItDid() {
        source = new InMemorySource(LongStream.range(0, 250).mapToObj(PartitionReplayTest::letter).toArray(DeadLetter[]::new));

        new PartitionReplay(PARTITION, ReplaySelection.all(), PartitionProgress.of(null, 0), sink, topic -> true)
                .run(source, 250);

        assertThat(sink.events).filteredOn(event -> event.startsWith("commit"))
                .containsExactly("commit 100 ", "commit 200 ", "commit 250 ");
        assertThat(sink.events.indexOf("commit 100 ")).isEqualTo(100);
    }

    @Test
    void aDryRunSaysWhatItWouldReplayAndSendsNothing() {
        var dryRun = new RecordingSink(true);

        List<ReplayOutcome> outcomes = replay(ReplaySelection.all(), dryRun);

        assertThat(outcomes).extracting(ReplayOutcome::kind).containsOnly(Kind.WOULD_REPLAY);
        assertThat(outcomes).extracting(outcome -> outcome.address().offset()).containsExactly(0L, 2L, 4L);
    }

    /** Replays with the progress committed by the replays before, as the group would keep it. */
    private List<ReplayOutcome> replay(ReplaySelection selection, RecordingSink target) {
        List<ReplayOutcome> outcomes = new PartitionReplay(PARTITION, selection, PartitionProgress.of(committed, 0),
                target, topic -> true).run(source, END);
        if (!target.dryRun && target.lastCommitted != null) {
            committed = target.lastCommitted;
        }
        return outcomes;
    }

    private static DeadLetter letter(long offset) {
        return TestLetters.fromALoop(0, offset).key("order-" + offset).build();
    }

    private static final class InMemorySource implements DeadLetterSource {
        private final List<DeadLetter> letters;

        InMemorySource(DeadLetter... letters) {
            this.letters = Arrays.asList(letters);
        }

        @Override
        public void read(TopicPartition partition, long from, long until, Consumer<DeadLetter> visitor) {
            letters.stream().filter(letter -> letter.offset() >= from && letter.offset() < until).forEach(visitor);
        }
    }

    private static final class RecordingSink implements ReplaySink {
        private final boolean dryRun;
        private final List<String> events = new ArrayList<>();
        private OffsetAndMetadata lastCommitted;

        RecordingSink(boolean dryRun) {
            this.dryRun = dryRun;
        }

        @Override
        public void open() {
        }

        @Override
        public void send(ProducerRecord<byte[], byte[]> record) {
            String from = new String(record.headers().lastHeader(DeadLetterHeaders.REPLAYED_FROM).value(), StandardCharsets.UTF_8);
            events.add("send " + from.substring(from.lastIndexOf(':') + 1));
        }

        @Override
        public void commit(TopicPartition partition, OffsetAndMetadata progress) {
            events.add("commit " + progress.offset() + " " + progress.metadata());
            lastCommitted = progress;
        }

        @Override
        public boolean isDryRun() {
            return dryRun;
        }

        @Override
        public void close() {
        }
    }
}
