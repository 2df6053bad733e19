package io.orderstream.dlq.replay;

import io.orderstream.dlq.record.DeadLetter;
import io.orderstream.platform.loop.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The record a replay sends: the dead letter's original key, value and headers, to its original topic, without the
 * headers that described the failure, and with {@link DeadLetterHeaders#REPLAYED_FROM} saying where it came from
 * (replacing one an earlier replay left). The partition follows from the key as it did the first time; the
 * timestamp is the time of the replay.
 */
final class ReplayedRecords {

    /** Every header a dead-letter writer adds, and the mark of an earlier replay. */
    static final Set<String> FAILURE_HEADERS = Set.of(
            DeadLetterHeaders.EXCEPTION, DeadLetterHeaders.MESSAGE, DeadLetterHeaders.STACKTRACE,
            DeadLetterHeaders.TOPIC, DeadLetterHeaders.PARTITION, DeadLetterHeaders.OFFSET,
            DeadLetterHeaders.SERVICE, DeadLetterHeaders.ATTEMPTS,
            DeadLetterHeaders.FIRST_FAILURE, DeadLetterHeaders.LAST_FAILURE,
            DeadLetterHeaders.REPLAYED_FROM);

    private ReplayedRecords() {
    }

    /** @param dlqTopic the dead-letter topic as named on the broker */
    static ProducerRecord<byte[], byte[]> backToOriginal(DeadLetter letter, String destination, String dlqTopic) {
        var headers = new RecordHeaders();
        letter.record().headers().forEach(header -> {
            if (!FAILURE_HEADERS.contains(header.key())) {
                headers.add(header);
            }
        });
        headers.add(DeadLetterHeaders.REPLAYED_FROM, replayedFrom(letter, dlqTopic).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(destination, null, null, letter.record().key(), letter.record().value(), headers);
    }

    /** {@code <dlq topic>:<partition>:<offset>} */
    static String replayedFrom(DeadLetter letter, String dlqTopic) {
        return dlqTopic + ":" + letter.partition() + ":" + letter.offset();
    }
}
