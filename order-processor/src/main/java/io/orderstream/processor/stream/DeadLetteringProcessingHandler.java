package io.orderstream.processor.stream;

import io.orderstream.platform.serde.RegistryFailures;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * An input whose processing throws (a bug, or data no rule foresaw) is dead-lettered with the platform's failure
 * headers, its client is answered {@code command_failed}, and processing goes on: one command never stops the
 * processor. A transient failure fails the thread instead, to be replaced and the input read again.
 */
public final class DeadLetteringProcessingHandler implements ProcessingExceptionHandler {

    private InputDeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = InputDeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (RegistryFailures.isTransient(exception)) {
            return Response.fail();
        }
        return Response.resume(deadLetters.of(context, exception, "processing at " + context.processorNodeId()));
    }
}
