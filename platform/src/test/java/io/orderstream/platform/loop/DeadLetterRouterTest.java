package io.orderstream.platform.loop;

import static io.orderstream.platform.loop.LoopHarness.text;
import static io.orderstream.platform.loop.LoopHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DeadLetterRouterTest {

    private final DeadLetterRouter router = new DeadLetterRouter("fulfillment-mock");

    private final ConsumerRecord<byte[], byte[]> poisonPill = new ConsumerRecord<>("p.fulfillment.requests", 3, 42,
            1_700_000_000_000L, TimestampType.CREATE_TIME, 7, 3, utf8("order-1"), new byte[] {1, 2, 3},
            new RecordHeaders().add("trace-id", utf8("abc")), Optional.empty());

    @Test
    void sendsTheRecordToTheDeadLetterTopicBesideItsTopic() {
        ProducerRecord<byte[], byte[]> deadLetter = routed(new IllegalStateException("unknown magic byte"));

        assertThat(deadLetter.topic()).isEqualTo("p.fulfillment.requests.dlq");
    }

    @Test
    void keepsTheKeyValueTimestampAndHeadersAsTheyWere() {
        ProducerRecord<byte[], byte[]> deadLetter = routed(new IllegalStateException("unknown magic byte"));

        assertThat(text(deadLetter.key())).isEqualTo("order-1");
        assertThat(deadLetter.value()).containsExactly(1, 2, 3);
        assertThat(deadLetter.timestamp()).isEqualTo(1_700_000_000_000L);
        assertThat(text(deadLetter.headers().lastHeader("trace-id").value())).isEqualTo("abc");
    }

    @Test
    void saysWhenceTheRecordCameAndWhyItFailed() {
        ProducerRecord<byte[], byte[]> deadLetter = routed(new IllegalStateException("unknown magic byte"));

        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo("p.fulfillment.requests");
        assertThat(header(deadLetter, DeadLetterHeaders.PARTITION)).isEqualTo("3");
        assertThat(header(deadLetter, DeadLetterHeaders.OFFSET)).isEqualTo("42");
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).isEqualTo("java.lang.IllegalStateException");
        assertThat(header(deadLetter, DeadLetterHeaders.MESSAGE)).isEqualTo("unknown magic byte");
        assertThat(header(deadLetter, DeadLetterHeaders.STACKTRACE)).contains("DeadLetterRouterTest");
        assertThat(header(deadLetter, DeadLetterHeaders.SERVICE)).isEqualTo("fulfillment-mock");
    }

    @Test
    void leavesTheMessageHeaderEmptyWhenTheExceptionHasNoMessage() {
        ProducerRecord<byte[], byte[]> deadLetter = routed(new NullPointerException());

        assertThat(deadLetter.headers().lastHeader(DeadLetterHeaders.MESSAGE).value()).isNull();
    }

    @Test
    void letsARecordWithoutTimestampBeStampedWhenItIsDeadLettered() {
        var untimed = new ConsumerRecord<>("p.fulfillment.requests", 0, 1, utf8("order-1"), new byte[] {9});

        ProducerRecord<byte[], byte[]> deadLetter = router.route(untimed, new IllegalStateException()).getFirst();

        assertThat(deadLetter.timestamp()).isNull();
    }

    private ProducerRecord<byte[], byte[]> routed(Exception failure) {
        return router.route(poisonPill, failure).getFirst();
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return text(record.headers().lastHeader(name).value());
    }
}
