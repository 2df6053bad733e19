package io.orderstream.dlq.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** One record of a dead-letter topic: the original key and value bytes, the failure in its headers. */
public record DeadLetter(ConsumerRecord<byte[], byte[]> record) {

    public int partition() {
        return record.partition();
    }

    public long offset() {
        return record.offset();
    }

    /** {@code <partition>:<offset>}, the address {@code show} and {@code replay --offsets} take. */
    public String address() {
        return partition() + ":" + offset();
    }

    /** Keys are the aggregate's id as a string; empty when the record has none. */
    public String key() {
        return record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
    }

    public FailureHeaders failure() {
        return new FailureHeaders(record.headers());
    }

    public Instant timestamp() {
        return Instant.ofEpochMilli(record.timestamp());
    }

    /**
     * When it failed last as its header says; else the record's timestamp, which dead-letter writers keep from the
     * original record, so it is when the record was first written.
     */
    public Instant failedAt() {
        return failure().lastFailure().orElseGet(this::timestamp);
    }
}
