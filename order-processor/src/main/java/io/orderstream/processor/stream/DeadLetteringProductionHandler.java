package io.orderstream.processor.stream;

import io.orderstream.platform.serde.RegistryFailures;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

/**
 * An output that cannot be written must not stop the processor. A transient failure (broker busy, registry down)
 * is retried: Streams re-processes from the last commit. A value that cannot be serialized dead-letters the
 * <em>input</em> with the platform's failure headers, answers its client {@code command_failed}, and processing goes
 * on. A record the producer refuses (RecordTooLargeException) dooms the exactly-once transaction, so its input is
 * quarantined ({@link CurrentInputs}): the transaction fails, the thread is replaced, and the input is
 * dead-lettered when read again. The order's state is never half-written by a record too large: the processor
 * refuses any command whose snapshot would exceed its budget ({@link SnapshotBudget}) before anything is written;
 * this handler is the last line behind it.
 */
public final class DeadLetteringProductionHandler implements ProductionExceptionHandler {

    private InputDeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = InputDeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        deadLetters.quarantine(context, exception, "writing to " + record.topic());
        return Response.resume(); // the transaction cannot commit: the input is dead-lettered when read again
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        if (RegistryFailures.isTransient(exception)) {
            return Response.fail(); // the thread is replaced and the input read again
        }
        return Response.resume(deadLetters.of(context, exception, "serializing a " + origin + " for "
                + record.topic()));
    }
}
