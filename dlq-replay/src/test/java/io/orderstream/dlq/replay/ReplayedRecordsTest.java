package io.orderstream.dlq.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.dlq.record.DeadLetter;
import io.orderstream.dlq.record.TestLetters;
import io.orderstream.platform.loop.DeadLetterHeaders;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class ReplayedRecordsTest {

    @Test
    void sendsTheOriginalKeyValueAndHeadersToTheOriginalTopicMarkedAsReplayed() {
        DeadLetter letter = TestLetters.fromALoop(2, 17)
                .header("traceparent", "00-abc-def-01")
                .value(new byte[] {0, 0, 0, 0, 7, 42})
                .build();

        ProducerRecord<byte[], byte[]> replayed = ReplayedRecords.backToOriginal(letter, "orders.commands", "orders.commands.dlq");

        assertThat(replayed.topic()).isEqualTo("orders.commands");
        assertThat(replayed.key()).isEqualTo(letter.record().key());
        assertThat(replayed.value()).isEqualTo(letter.record().value());
        assertThat(replayed.partition()).as("partitioned by key, as the first time").isNull();
        assertThat(Arrays.stream(replayed.headers().toArray()).map(Header::key))
                .containsExactly("traceparent", DeadLetterHeaders.REPLAYED_FROM);
        assertThat(text(replayed, DeadLetterHeaders.REPLAYED_FROM)).isEqualTo("orders.commands.dlq:2:17");
    }

    @Test
    void replacesTheMarkOfAnEarlierReplay() {
        DeadLetter letter = TestLetters.fromStreams(0, 5).header(DeadLetterHeaders.REPLAYED_FROM, "old.dlq:1:1").build();

        ProducerRecord<byte[], byte[]> replayed = ReplayedRecords.backToOriginal(letter, "t", "new.dlq");

        assertThat(replayed.headers().headers(DeadLetterHeaders.REPLAYED_FROM)).hasSize(1);
        assertThat(text(replayed, DeadLetterHeaders.REPLAYED_FROM)).isEqualTo("new.dlq:0:5");
    }

    @Test
    void dropsEveryHeaderThePlatformDeclaresForFailures() throws IllegalAccessException {
        assertThat(ReplayedRecords.FAILURE_HEADERS).containsExactlyInAnyOrderElementsOf(declaredHeaders());
    }

    private static List<String> declaredHeaders() throws IllegalAccessException {
        var names = new java.util.ArrayList<String>();
        for (Field field : DeadLetterHeaders.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    private static String text(ProducerRecord<byte[], byte[]> record, String header) {
        return new String(record.headers().lastHeader(header).value(), StandardCharsets.UTF_8);
    }
}
