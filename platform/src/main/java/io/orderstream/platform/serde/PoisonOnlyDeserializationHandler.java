package io.orderstream.platform.serde;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Kafka Streams' answer to a record it cannot read. A poison pill (bytes that are not a valid record) is
 * dead-lettered with the platform's headers and processing goes on. A transient failure (the schema registry could
 * not answer: {@link SchemaRegistryUnavailableException} or any {@code RetriableException}) is never dead-lettered:
 * the stream thread fails, the uncaught-exception handler replaces it, and the new thread reads the record again
 * from the last commit.
 * Configured with {@link StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG} and {@link #SERVICE_CONFIG}.
 */
public final class PoisonOnlyDeserializationHandler implements DeserializationExceptionHandler {

    /** The name of the service, written in the dead-letter headers. */
    public static final String SERVICE_CONFIG = "orderstream.service";
    private static final System.Logger LOG = System.getLogger(PoisonOnlyDeserializationHandler.class.getName());

    private StreamsDeadLetters deadLetters;
    private final Clock clock = Clock.systemUTC();

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = new StreamsDeadLetters(
                String.valueOf(configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)),
                String.valueOf(configs.get(SERVICE_CONFIG)));
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        if (RegistryFailures.isTransient(exception)) {
            LOG.log(System.Logger.Level.WARNING, "{0}-{1}@{2} cannot be read now, it is read again later: {3}",
                    record.topic(), record.partition(), record.offset(), exception.toString());
            return Response.fail();
        }
        LOG.log(System.Logger.Level.WARNING, "{0}-{1}@{2} cannot be read, dead-lettered: {3}",
                record.topic(), record.partition(), record.offset(), exception.toString());
        var origin = new StreamsDeadLetters.Origin(record.topic(), record.partition(), record.offset(),
                record.timestamp(), record.headers());
        return Response.resume(List.of(deadLetters.record(origin, record.key(), record.value(), exception,
                clock.instant())));
    }
}
