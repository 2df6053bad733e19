package io.orderstream.platform.serde;

import org.apache.kafka.common.errors.RetriableException;

/**
 * The schema registry could not answer (down, 5xx, timeout): the record may be perfectly valid, so it must be
 * read or written again later, never dead-lettered. A {@link RetriableException}, so Kafka's and the platform's
 * error handling treat it as transient.
 */
public class SchemaRegistryUnavailableException extends RetriableException {

    public SchemaRegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
