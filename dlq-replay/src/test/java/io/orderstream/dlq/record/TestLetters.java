package io.orderstream.dlq.record;

import io.orderstream.platform.loop.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** Dead letters for tests, built like {@code new TestLetters.Builder(0, 17).header(...).build()}. */
public final class TestLetters {

    public static final String DLQ_TOPIC = "test.orders.commands.dlq";
    public static final String ORIGINAL_TOPIC = "test.orders.commands";
    public static final Instant TIMESTAMP = Instant.parse("2026-11-21T10:00:00.250Z");

    private TestLetters() {
    }

    /** A record as the platform's loop dead-letters it: every header present. */
    public static Builder fromALoop(int partition, long offset) {
        return new Builder(partition, offset)
                .header(DeadLetterHeaders.EXCEPTION, "io.orderstream.payment.GatewayException")
                .header(DeadLetterHeaders.MESSAGE, "charge failed: code=payment_declined")
                .header(DeadLetterHeaders.STACKTRACE, "io.orderstream.payment.GatewayException: charge failed\n\tat A.b(A.java:1)")
                .header(DeadLetterHeaders.TOPIC, ORIGINAL_TOPIC)
                .header(DeadLetterHeaders.PARTITION, "3")
                .header(DeadLetterHeaders.OFFSET, "41")
                .header(DeadLetterHeaders.SERVICE, "billing-scheduler")
                .header(DeadLetterHeaders.ATTEMPTS, "4")
                .header(DeadLetterHeaders.FIRST_FAILURE, "2026-11-21T10:00:01Z")
                .header(DeadLetterHeaders.LAST_FAILURE, "2026-11-21T10:05:00Z");
    }

    /** A record as Kafka Streams dead-letters it: no attempts, service or failure times. */
    public static Builder fromStreams(int partition, long offset) {
        return new Builder(partition, offset)
                .header(DeadLetterHeaders.EXCEPTION, "org.apache.kafka.common.errors.SerializationException")
                .header(DeadLetterHeaders.MESSAGE, "Unknown magic byte!")
                .header(DeadLetterHeaders.STACKTRACE, "org.apache.kafka.common.errors.SerializationException")
                .header(DeadLetterHeaders.TOPIC, ORIGINAL_TOPIC)
                .header(DeadLetterHeaders.PARTITION, "0")
                .header(DeadLetterHeaders.OFFSET, String.valueOf(offset));
    }

    public static final class Builder {
        private final int partition;
        private final long offset;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String key = "order-1";
        private byte[] value = "not avro at all".getBytes(StandardCharsets.UTF_8);

        public Builder(int partition, long offset) {
            this.partition = partition;
            this.offset = offset;
        }

        public Builder header(String name, String text) {
            headers.put(name, text);
            return this;
        }

        public Builder without(String name) {
            headers.remove(name);
            return this;
        }

        public Builder key(String newKey) {
            key = newKey;
            return this;
        }

        public Builder value(byte[] newValue) {
            value = newValue;
            return this;
        }

        public DeadLetter build() {
            var recordHeaders = new RecordHeaders();
            headers.forEach((name, text) -> recordHeaders.add(name, text == null ? null : text.getBytes(StandardCharsets.UTF_8)));
            return new DeadLetter(new ConsumerRecord<>(DLQ_TOPIC, partition, offset, TIMESTAMP.toEpochMilli(),
                    TimestampType.CREATE_TIME, -1, -1, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value,
                    recordHeaders, Optional.empty()));
        }
    }
}
