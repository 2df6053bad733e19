package io.orderstream.platform.loop;

import static io.orderstream.platform.loop.LoopHarness.record;
import static io.orderstream.platform.loop.LoopHarness.text;
import static io.orderstream.platform.loop.LoopHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchProcessorTest {

    private static final TopicPartition FIRST = new TopicPartition("in", 0);
    private static final TopicPartition SECOND = new TopicPartition("in", 1);

    private final Serializer<String> text = (topic, value) -> {
        if (value.contains("unwritable")) {
            throw new IllegalArgumentException("cannot write " + value);
        }
        return utf8(value);
    };

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void commitsPerPartitionTheOffsetAfterItsLastRecordAndRemembersItsFirst() {
        ProcessedBatch<String> batch = processor(echo()).process(records(
                record(0, 4, "a"), record(0, 5, "b"), record(1, 9, "c")));

        assertThat(batch.nextOffsets()).isEqualTo(Map.of(
                FIRST, new OffsetAndMetadata(6), SECOND, new OffsetAndMetadata(10)));
        assertThat(batch.firstOffsets()).isEqualTo(Map.of(FIRST, 4L, SECOND, 9L));
    }

    @Test
    void routesARecordWhoseAnswerCannotBeSerializedAsFailedAndKeepsTheOthers() {
        ProcessedBatch<String> batch = processor(echo()).process(records(
                record(0, 0, "unwritable"), record(0, 1, "fine")));

        assertThat(batch.toSend()).extracting(ProducerRecord::topic).containsExactly("in.dlq", "out");
        assertThat(batch.outputs()).extracting(ProducerRecord::value).containsExactly("fine");
        assertThat(batch.failures()).extracting(failure -> failure.record().offset()).containsExactly(0L);
    }

    @Test
    void givesTheHandlerTheDeserializedKeyAndValue() {
        ProcessedBatch<String> batch = processor(record -> List.of(
                new ProducerRecord<>("out", record.key(), record.key() + "=" + record.value()))).process(records(
                LoopHarness.record(3, "x")));

        assertThat(batch.outputs()).extracting(ProducerRecord::value).containsExactly("order-3=x");
    }

    @Test
    void stopsWhenTheHandlerIsInterrupted() {
        BatchProcessor<String, String> interrupted = processor(record -> {
            throw new InterruptedException("closing");
        });

        assertThatThrownBy(() -> interrupted.process(records(LoopHarness.record(0, "x"))))
                .isInstanceOf(InterruptException.class);
    }

    @Test
    void keepsTheOrderOfTheRecordsWhenHandlingThemInParallel() {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int offset = 0; offset < 200; offset++) {
            records.add(new ConsumerRecord<>("in", 0, offset, utf8("k" + offset % 13), utf8("v" + offset)));
        }

        ProcessedBatch<String> batch = processor(echo(), 16).process(records);

        assertThat(batch.outputs()).extracting(ProducerRecord::value)
                .isEqualTo(records.stream().map(record -> text(record.value())).toList());
        assertThat(batch.toSend()).extracting(sent -> text(sent.value()))
                .isEqualTo(records.stream().map(record -> text(record.value())).toList());
    }

    @Test
    void routesEachFailedRecordOnItsOwnWhenHandlingInParallel() {
        ProcessedBatch<String> batch = processor(record -> {
            if (record.value().startsWith("bad")) {
                throw new IllegalArgumentException(record.value());
            }
            return List.of(new ProducerRecord<>("out", record.key(), record.value()));
        }, 4).process(records(record(0, 0, "good-1"), record(0, 1, "bad"), record(1, 0, "good-2")));

        assertThat(batch.toSend()).extracting(ProducerRecord::topic).containsExactly("out", "in.dlq", "out");
        assertThat(batch.deadLettered()).singleElement()
                .satisfies(failure -> assertThat(failure.record().offset()).isEqualTo(1));
    }

    @Test
    void sendsNoAnswerWhenTheAnswerToADeadLetteredRecordFails() {
        ProcessedBatch<String> batch = processor(new RecordHandler<>() {
            @Override
            public List<ProducerRecord<String, String>> handle(ConsumerRecord<String, String> record) {
                throw new IllegalStateException("broken");
            }

            @Override
            public List<ProducerRecord<String, String>> answerDeadLettered(ConsumerRecord<String, String> record,
                                                                           Exception lastFailure) {
                throw new IllegalStateException("broken too");
            }
        }, 1).process(records(record(0, 0, "x")));

        assertThat(batch.toSend()).extracting(ProducerRecord::topic).containsExactly("in.dlq");
        assertThat(batch.outputs()).isEmpty();
    }

    @Test
    void answersADeadLetteredRecordOnTheThreadThatHandledIt() {
        ProcessedBatch<String> batch = processor(new RecordHandler<>() {
            @Override
            public List<ProducerRecord<String, String>> handle(ConsumerRecord<String, String> record) {
                throw new IllegalStateException("broken");
            }

            @Override
            public List<ProducerRecord<String, String>> answerDeadLettered(ConsumerRecord<String, String> record,
                                                                           Exception lastFailure) {
                return List.of(new ProducerRecord<>("out", record.key(),
                        "virtual=" + Thread.currentThread().isVirtual()));
            }
        }, 2).process(records(record(0, 0, "x"), record(1, 0, "y")));

        assertThat(batch.toSend()).extracting(ProducerRecord::topic).containsExactly("in.dlq", "out", "in.dlq", "out");
        assertThat(batch.outputs()).extracting(ProducerRecord::value).containsOnly("virtual=true");
    }

    private BatchProcessor<String, String> processor(RecordHandler<String, String> handler) {
        return processor(handler, 1);
    }

    private BatchProcessor<String, String> processor(RecordHandler<String, String> handler, int concurrency) {
        return new BatchProcessor<>((topic, bytes) -> text(bytes), text, handler,
                new FailureRouter("test", new RetryTopics("in", RetryTiers.none()), new TestClock()),
                new ParallelByKey(concurrency, "test"));
    }

    private static RecordHandler<String, String> echo() {
        return record -> List.of(new ProducerRecord<>("out", record.key(), record.value()));
    }

    private static ConsumerRecord<byte[], byte[]> record(int partition, long offset, String value) {
        return new ConsumerRecord<>("in", partition, offset, utf8("k"), utf8(value));
    }

    @SafeVarargs
    private static List<ConsumerRecord<byte[], byte[]>> records(ConsumerRecord<byte[], byte[]>... records) {
        return List.of(records);
    }
}
