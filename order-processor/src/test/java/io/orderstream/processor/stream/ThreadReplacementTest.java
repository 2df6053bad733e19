package io.orderstream.processor.stream;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.serde.SchemaRegistryUnavailableException;
import io.orderstream.platform.serde.StreamsDeadLetters;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

class ThreadReplacementTest {

    private final CurrentInputs inputs = new CurrentInputs();
    private final ThreadReplacement handler = new ThreadReplacement(inputs,
            Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_registry_that_cannot_answer_replaces_the_thread_however_often() {
        for (int i = 0; i < 10; i++) {
            assertThat(handler.handle(new StreamsException(new SchemaRegistryUnavailableException("500", null))))
                    .isEqualTo(REPLACE_THREAD);
        }
    }

    @Test
    void a_failure_caused_by_a_quarantined_input_replaces_the_thread_and_does_not_count() {
        inputs.quarantine(new CurrentInputs.Input(new StreamsDeadLetters.Origin("t", 0, 1, 0, null), "k", null,
                null), new IllegalStateException("too large"));
        for (int i = 0; i < 10; i++) {
            assertThat(handler.handle(new StreamsException("commit failed"))).isEqualTo(REPLACE_THREAD);
        }
    }

    @Test
    void an_unexplained_failure_that_keeps_coming_back_shuts_the_client_down() {
        for (int i = 0; i < ThreadReplacement.MAX_OTHER_FAILURES; i++) {
            assertThat(handler.handle(new IllegalStateException("bug"))).isEqualTo(REPLACE_THREAD);
        }
        assertThat(handler.handle(new IllegalStateException("bug"))).isEqualTo(SHUTDOWN_CLIENT);
    }
}
