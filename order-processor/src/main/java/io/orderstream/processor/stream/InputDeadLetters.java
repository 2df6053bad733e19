package io.orderstream.processor.stream;

import io.orderstream.platform.serde.PoisonOnlyDeserializationHandler;
import io.orderstream.platform.serde.StreamsDeadLetters;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** What both error handlers do with an input given up on: dead-letter it and answer its client, once. */
final class InputDeadLetters {

    private static final System.Logger LOG = System.getLogger(InputDeadLetters.class.getName());

    private final StreamsDeadLetters deadLetters;
    private final CurrentInputs inputs;
    private final Clock clock = Clock.systemUTC();

    private InputDeadLetters(StreamsDeadLetters deadLetters, CurrentInputs inputs) {
        this.deadLetters = deadLetters;
        this.inputs = inputs;
    }

    static InputDeadLetters from(Map<String, ?> configs) {
        Object inputs = configs.get(CurrentInputs.CONFIG);
        return new InputDeadLetters(new StreamsDeadLetters(
                String.valueOf(configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)),
                String.valueOf(configs.get(PoisonOnlyDeserializationHandler.SERVICE_CONFIG))),
                inputs instanceof CurrentInputs current ? current : new CurrentInputs());
    }

    /** Quarantines the input whose output the producer refused, if it is known. */
    void quarantine(ErrorHandlerContext context, Exception failure, String what) {
        var input = inputs.onThisThread(context.taskId());
        if (input.isEmpty()) {
            LOG.log(System.Logger.Level.ERROR, "{0} of task {1} failed and its input is not known",
                    what, context.taskId(), failure);
            return;
        }
        LOG.log(System.Logger.Level.ERROR, "{0} of task {1} failed: its input is quarantined, to be dead-lettered "
                + "when read again", what, context.taskId(), failure);
        inputs.quarantine(input.get(), failure);
    }

    /** The records that set the failed input aside; none when it was set aside already or cannot be known. */
    List<ProducerRecord<byte[], byte[]>> of(ErrorHandlerContext context, Exception failure, String what) {
        var input = inputs.onThisThread(context.taskId());
        if (input.isEmpty()) {
            LOG.log(System.Logger.Level.ERROR, "{0} of task {1} failed and its input is not known; it is skipped",
                    what, context.taskId(), failure);
            return List.of();
        }
        LOG.log(System.Logger.Level.ERROR, "{0} of task {1} failed: its input is dead-lettered and processing goes on",
                what, context.taskId(), failure);
        return input.get().deadLetter(deadLetters, failure, clock.instant());
    }
}
