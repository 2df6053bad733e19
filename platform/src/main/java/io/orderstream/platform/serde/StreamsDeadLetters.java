package io.orderstream.platform.serde;

import io.orderstream.platform.loop.DeadLetterHeaders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Dead-letter records of a Kafka Streams application, with the platform's {@link DeadLetterHeaders}, so they read
 * like those of every other dead-letter topic (and {@code dlq replay} sends them back). Unlike Kafka's own builder,
 * the record's timestamp is always valid: the input's when known, else now (Kafka's used -1 for a failure without
 * a record context, such as a state store's changelog write, and the dead-letter record itself then failed).
 *
 * @param topic   the dead-letter topic (prefixed)
 * @param service the service that gives up on the record
 */
public record StreamsDeadLetters(String topic, String service) {

    /** Where the failed input was consumed, and its headers as consumed (may be null). */
    public record Origin(String topic, int partition, long offset, long timestamp, Headers headers) {
    }

    public ProducerRecord<byte[], byte[]> record(Origin origin, byte[] key, byte[] value, Exception failure,
                                                 Instant now) {
        return new ProducerRecord<>(topic, null, timestamp(origin, now), key, value, headers(origin, failure, now));
    }

    /** A valid timestamp for the dead letter: the input's, or now when it has none. */
    public static long timestamp(Origin origin, Instant now) {
        return origin.timestamp() >= 0 ? origin.timestamp() : now.toEpochMilli();
    }

    /** The input's headers as consumed, and the failure's. */
    public Headers headers(Origin origin, Exception failure, Instant now) {
        var headers = new RecordHeaders(origin.headers() == null ? new RecordHeaders().toArray()
                : origin.headers().toArray());
        put(headers, DeadLetterHeaders.EXCEPTION, failure.getClass().getName());
        put(headers, DeadLetterHeaders.MESSAGE, failure.getMessage());
        put(headers, DeadLetterHeaders.STACKTRACE, stackTrace(failure));
        put(headers, DeadLetterHeaders.TOPIC, origin.topic());
        put(headers, DeadLetterHeaders.PARTITION, origin.partition());
        put(headers, DeadLetterHeaders.OFFSET, origin.offset());
        put(headers, DeadLetterHeaders.SERVICE, service);
        put(headers, DeadLetterHeaders.ATTEMPTS, 1);
        put(headers, DeadLetterHeaders.FIRST_FAILURE, now);
        put(headers, DeadLetterHeaders.LAST_FAILURE, now);
        return headers;
    }

    private static void put(Headers headers, String name, Object value) {
        headers.remove(name);
        headers.add(name, value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String stackTrace(Exception failure) {
        var text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
