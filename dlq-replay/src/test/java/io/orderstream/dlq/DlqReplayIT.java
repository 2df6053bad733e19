package io.orderstream.dlq;

import static io.orderstream.dlq.TestTopics.DLQ;
import static io.orderstream.dlq.TestTopics.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.dlq.TestTopics.DeadLetterAt;
import io.orderstream.platform.loop.DeadLetterHeaders;
import io.orderstream.processor.OrderProcessorService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** dlq list, show and replay against a real broker and registry, each test under a topic prefix of its own. */
class DlqReplayIT {

    private TestTopics topics;
    private CommandRunner dlq;

    @BeforeEach
    void isolate() {
        topics = new TestTopics();
        dlq = new CommandRunner(topics.env, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        topics.close();
    }

    @Test
    void aRecordTheProcessorDeadLettersIsListedShownAndReplayedOnceAndASecondReplayReplaysNothing() {
        deadLetterAPoisonPillThroughTheOrderProcessor();
        ConsumerRecord<byte[], byte[]> deadLetter = topics.awaitRecords(topics.deadLetters(), 1).getFirst();
        String address = deadLetter.partition() + ":" + deadLetter.offset();

        CommandRunner.Run list = succeeds("list", DLQ);
        assertThat(list.out().lines().toList()).hasSize(3);
        assertThat(list.out().lines().toList().get(0)).startsWith("PARTITION  OFFSET  KEY");
        assertThat(list.out().lines().toList().get(1)).containsSubsequence(
                String.valueOf(deadLetter.offset()), "o-poison", topics.commands(), "Exception");
        assertThat(list.out()).endsWith("1 record" + System.lineSeparator());

        CommandRunner.Run show = succeeds("show", DLQ, address);
        assertThat(show.out()).contains("record     " + topics.deadLetters() + " " + address)
                .contains("key        o-poison")
                .contains(DeadLetterHeaders.EXCEPTION)
                .containsPattern(java.util.regex.Pattern.quote(DeadLetterHeaders.TOPIC) + " +"
                        + java.util.regex.Pattern.quote(topics.commands()))
                .contains(DeadLetterHeaders.SERVICE)
                .contains("value      not Avro in the Confluent wire format")
                .contains("as UTF-8: not avro at all");

        assertThat(succeeds("replay", DLQ, "--all").out())
                .contains("o-poison  " + topics.commands() + "  replayed")
                .endsWith("replayed 1 record from " + topics.deadLetters() + System.lineSeparator());
        assertThat(replayedInto(topics.commands())).containsExactly(topics.deadLetters() + ":" + address);
        ConsumerRecord<byte[], byte[]> replayed = replayedRecords(topics.commands()).getFirst();
        assertThat(replayed.key()).isEqualTo(utf8("o-poison"));
        assertThat(replayed.value()).isEqualTo(utf8("not avro at all"));
        assertThat(headerNames(replayed)).containsExactly(DeadLetterHeaders.REPLAYED_FROM);

        assertThat(succeeds("replay", DLQ, "--all").out())
                .isEqualTo("replayed 0 records from " + topics.deadLetters() + System.lineSeparator());
        assertThat(replayedInto(topics.commands())).hasSize(1);
        assertThat(succeeds("list", DLQ).out().lines().toList().get(1)).endsWith("yes");
    }

    @Test
    void showDecodesAnAvroValueThroughTheRegistry() {
        DeadLetterAt letter = topics.deadLetter(1, "o-json");

        CommandRunner.Run show = succeeds("show", DLQ, letter.address());

        assertThat(show.out()).contains("value      Avro io.orderstream.schemas.order.OrderCommand")
                .contains("\"orderId\" : \"o-json\"")
                .contains("\"paymentId\" : \"pay-o-json\"")
                .contains(DeadLetterHeaders.ATTEMPTS + "       3")
                .contains("traceparent");
    }

    @Test
    void listFiltersByCodeAndTimeAndStopsAtItsLimit() {
        topics.deadLetter(0, "o-old", topics.avroCommand("o-old"), Instant.now().minus(Duration.ofHours(3)),
                "charge failed: code=card_expired");
        topics.deadLetter(0, "o-new-1");
        topics.deadLetter(1, "o-new-2");

        assertThat(keysListed("list", DLQ)).containsExactly("o-old", "o-new-1", "o-new-2");
        assertThat(keysListed("list", DLQ, "--code", "card_expired")).containsExactly("o-old");
        assertThat(keysListed("list", DLQ, "--code", "GatewayException")).hasSize(3);
        assertThat(keysListed("list", DLQ, "--since", "PT1H")).containsExactly("o-new-1", "o-new-2");
        assertThat(succeeds("list", DLQ, "--code", "SerializationException").out())
                .isEqualTo("no matching records in " + topics.deadLetters() + System.lineSeparator());
        CommandRunner.Run limited = succeeds("list", DLQ, "--limit", "2");
        assertThat(keys(limited)).containsExactly("o-old", "o-new-1");
        assertThat(limited.out()).contains("2 of 3 matching records (raise --limit for more)");
    }

    @Test
    void selectedOffsetsAreReplayedOnceAndAllThenReplaysOnlyTheRest() {
        DeadLetterAt a = topics.deadLetter(0, "o-a");
        DeadLetterAt b = topics.deadLetter(0, "o-b");
        DeadLetterAt c = topics.deadLetter(1, "o-c");
        DeadLetterAt d = topics.deadLetter(1, "o-d");

        assertThat(succeeds("replay", DLQ, "--offsets", b.address() + "," + c.address()).out())
                .contains("replayed 2 records");
        CommandRunner.Run again = succeeds("replay", DLQ, "--offsets", b.address());
        assertThat(again.out()).contains("o-b  " + topics.commands() + "  already replayed")
                .contains("replayed 0 records from " + topics.deadLetters() + "; 1 already replayed");
        assertThat(replayedInto(topics.commands())).containsExactlyInAnyOrder(from(b), from(c));

        CommandRunner.Run rest = succeeds("replay", DLQ, "--all");

        assertThat(rest.out()).contains("replayed 2 records").contains("o-a").contains("o-d").doesNotContain("o-b");
        assertThat(succeeds("replay", DLQ, "--all").out()).contains("replayed 0 records");
        assertThat(replayedInto(topics.commands())).containsExactlyInAnyOrder(from(a), from(b), from(c), from(d));
        assertThat(topics.replayProgress().values()).extracting(OffsetAndMetadata::metadata).containsOnly("");
    }

    @Test
    void aDryRunSaysWhatWouldBeReplayedAndChangesNothing() {
        DeadLetterAt a = topics.deadLetter(0, "o-a");
        topics.deadLetter(1, "o-b");

        CommandRunner.Run dryRun = succeeds("replay", DLQ, "--all", "--dry-run");

        assertThat(dryRun.out()).contains("o-a  " + topics.commands() + "  would replay")
                .endsWith("dry run: would replay 2 records from " + topics.deadLetters()
                        + " (nothing was sent or committed)" + System.lineSeparator());
        assertThat(topics.readAll(topics.commands())).isEmpty();
        assertThat(topics.replayProgress()).isEmpty();
        assertThat(succeeds("replay", DLQ, "--offsets", a.address(), "--dry-run").out()).contains("would replay 1 record");
        assertThat(succeeds("replay", DLQ, "--all").out()).contains("replayed 2 records");
    }

    @Test
    void aReplayKilledInTheMiddleOfATransactionLeavesNothingBehindAndTheNextReplaysEveryRecordOnce() {
        DeadLetterAt a = topics.deadLetter(0, "o-a");
        DeadLetterAt b = topics.deadLetter(0, "o-b");
        KafkaProducer<byte[], byte[]> killed = topics.replayersProducer();
        try {
            sendWithoutCommitting(killed, a);

            assertThat(succeeds("replay", DLQ, "--all").out()).contains("replayed 2 records");

            assertThat(replayedInto(topics.commands())).containsExactlyInAnyOrder(from(a), from(b));
        } finally {
            killed.close(Duration.ZERO);
        }
    }

    @Test
    void whatCannotBeDoneIsOneSentenceAndExitCodeOne() {
        topics.deadLetter(0, "o-a");

        assertFails(dlq.run("list", "orders.nothing.dlq"), "topic " + topics.kafka.prefixed("orders.nothing.dlq") + " does not exist");
        assertFails(dlq.run("show", DLQ, "0:999"), "no record at 0:999: partition 0 holds offsets 0 to ");
        assertFails(dlq.run("replay", DLQ, "--offsets", "0:0,7:1"), "no record at 7:1: " + topics.deadLetters() + " has partitions 0..1");
        assertThat(topics.readAll(topics.commands())).as("nothing replayed when one offset is wrong").isEmpty();
    }

    /** The order-processor's Kafka Streams cannot read the value and dead-letters it; then it stops. */
    private void deadLetterAPoisonPillThroughTheOrderProcessor() {
        try (var processor = OrderProcessorService.start(topics.env)) {
            topics.sendRawCommand("o-poison", utf8("not avro at all"));
            topics.awaitRecords(topics.deadLetters(), 1);
        }
    }

    /** As a replay does before it commits, then it is "killed": its transaction stays open. */
    private void sendWithoutCommitting(KafkaProducer<byte[], byte[]> producer, DeadLetterAt letter) {
        producer.initTransactions();
        producer.beginTransaction();
        var headers = new org.apache.kafka.common.header.internals.RecordHeaders()
                .add(DeadLetterHeaders.REPLAYED_FROM, utf8(from(letter)));
        producer.send(new ProducerRecord<>(topics.commands(), null, null, utf8(letter.key()), utf8("half-done"), headers));
        producer.sendOffsetsToTransaction(Map.of(new TopicPartition(topics.deadLetters(), letter.partition()),
                new OffsetAndMetadata(letter.offset() + 1)), new ConsumerGroupMetadata(topics.kafka.prefixed("dlq-replay." + DLQ)));
        producer.flush();
    }

    private CommandRunner.Run succeeds(String... arguments) {
        CommandRunner.Run run = dlq.run(arguments);
        assertThat(run.exitCode()).as(String.join(" ", arguments) + "\n" + run).isZero();
        assertThat(run.err()).as(String.join(" ", arguments) + "\n" + run).isEmpty();
        return run;
    }

    private static void assertFails(CommandRunner.Run run, String message) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).as(run.toString()).contains(message);
        assertThat(run.err().lines()).as("one sentence, no stack trace").hasSize(1);
    }

    private List<String> keysListed(String... arguments) {
        return keys(succeeds(arguments));
    }

    /** The KEY column of a list. */
    private static List<String> keys(CommandRunner.Run list) {
        return list.out().lines().skip(1)
                .map(line -> line.strip().split("\\s+"))
                .filter(cells -> cells.length > 2 && cells[0].matches("\\d+") && cells[1].matches("\\d+"))
                .map(cells -> cells[2])
                .toList();
    }

    private String from(DeadLetterAt letter) {
        return topics.deadLetters() + ":" + letter.address();
    }

    private List<ConsumerRecord<byte[], byte[]>> replayedRecords(String topic) {
        return topics.readAll(topic).stream()
                .filter(record -> record.headers().lastHeader(DeadLetterHeaders.REPLAYED_FROM) != null)
                .toList();
    }

    /** The replayed-from header of every replayed record in the topic. */
    private List<String> replayedInto(String topic) {
        return replayedRecords(topic).stream()
                .map(record -> new String(record.headers().lastHeader(DeadLetterHeaders.REPLAYED_FROM).value(),
                        StandardCharsets.UTF_8))
                .toList();
    }

    private static List<String> headerNames(ConsumerRecord<byte[], byte[]> record) {
        return Arrays.stream(record.headers().toArray()).map(Header::key).toList();
    }
}
