package io.orderstream.dlq.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.loop.DeadLetterHeaders;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureHeadersTest {

    @Test
    void readsWhatALoopWrites() {
        FailureHeaders failure = TestLetters.fromALoop(0, 1).build().failure();

        assertThat(failure.originalTopic()).contains(TestLetters.ORIGINAL_TOPIC);
        assertThat(failure.originalPartition()).contains("3");
        assertThat(failure.originalOffset()).contains("41");
        assertThat(failure.exceptionClass()).contains("io.orderstream.payment.GatewayException");
        assertThat(failure.exceptionSimpleName()).contains("GatewayException");
        assertThat(failure.message()).contains("charge failed: code=payment_declined");
        assertThat(failure.service()).contains("billing-scheduler");
        assertThat(failure.attempts()).contains("4");
        assertThat(failure.lastFailure()).contains(Instant.parse("2026-11-21T10:05:00Z"));
    }

    @Test
    void whatKafkaStreamsDoesNotWriteIsEmpty() {
        FailureHeaders failure = TestLetters.fromStreams(0, 1).build().failure();

        assertThat(failure.exceptionSimpleName()).contains("SerializationException");
        assertThat(failure.attempts()).isEmpty();
        assertThat(failure.service()).isEmpty();
        assertThat(failure.lastFailure()).isEmpty();
        assertThat(failure.replayedFrom()).isEmpty();
    }

    @Test
    void aHeaderWithoutValueOrWithBlanksIsEmptyAndAnUnreadableTimeToo() {
        FailureHeaders failure = TestLetters.fromALoop(0, 1)
                .header(DeadLetterHeaders.MESSAGE, null)
                .header(DeadLetterHeaders.ATTEMPTS, "  ")
                .header(DeadLetterHeaders.LAST_FAILURE, "last tuesday")
                .build().failure();

        assertThat(failure.message()).isEmpty();
        assertThat(failure.attempts()).isEmpty();
        assertThat(failure.lastFailure()).isEmpty();
    }

    @Test
    void theSimpleNameOfANestedClassIsItsOwnName() {
        assertThat(FailureHeaders.simpleName("io.orderstream.Outer$InnerException")).isEqualTo("InnerException");
        assertThat(FailureHeaders.simpleName("NoPackage")).isEqualTo("NoPackage");
    }
}
