package io.orderstream.dlq.record;

/**
 * A record value as {@code show} prints it.
 *
 * @param description one line: what it is ("Avro io.orderstream...FulfillmentRequest"), or why it could not be decoded
 * @param body        the value as JSON, or as UTF-8 text and a hex dump; ends with a line break unless empty
 */
public record DecodedValue(String description, String body) {
}
