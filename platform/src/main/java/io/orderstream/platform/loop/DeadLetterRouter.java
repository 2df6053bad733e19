package io.orderstream.platform.loop;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends a failed record, key and value bytes as they were, to {@code <its topic>.dlq}, keeping its headers and
 * timestamp and adding {@link DeadLetterHeaders}.
 */
public final class DeadLetterRouter implements FailedRecordRouter {

    public static final String SUFFIX = ".dlq";

    private final String service;

    public DeadLetterRouter(String service) {
        this.service = service;
    }

    @Override
    public List<ProducerRecord<byte[], byte[]>> route(ConsumerRecord<byte[], byte[]> record, Exception failure) {
        return List.of(new ProducerRecord<>(record.topic() + SUFFIX, null, timestamp(record), record.key(),
                record.value(), headers(record, failure)));
    }

    /** A record without a timestamp (-1) gets the time it is dead-lettered. */
    private static Long timestamp(ConsumerRecord<byte[], byte[]> record) {
        return record.timestamp() == ConsumerRecord.NO_TIMESTAMP ? null : record.timestamp();
    }

    private Headers headers(ConsumerRecord<byte[], byte[]> record, Exception failure) {
        var headers = new RecordHeaders(record.headers().toArray());
        headers.add(DeadLetterHeaders.EXCEPTION, utf8(failure.getClass().getName()));
        headers.add(DeadLetterHeaders.MESSAGE, utf8(failure.getMessage()));
        headers.add(DeadLetterHeaders.STACKTRACE, utf8(stackTrace(failure)));
        headers.add(DeadLetterHeaders.TOPIC, utf8(record.topic()));
        headers.add(DeadLetterHeaders.PARTITION, utf8(String.valueOf(record.partition())));
        headers.add(DeadLetterHeaders.OFFSET, utf8(String.valueOf(record.offset())));
        headers.add(DeadLetterHeaders.SERVICE, utf8(service));
        return headers;
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String stackTrace(Exception failure) {
        var text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
