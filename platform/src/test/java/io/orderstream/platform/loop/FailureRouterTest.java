package io.orderstream.platform.loop;

import static io.orderstream.platform.loop.LoopHarness.header;
import static io.orderstream.platform.loop.LoopHarness.text;
import static io.orderstream.platform.loop.LoopHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class FailureRouterTest {

    private static final String INPUT = "p.fulfillment.requests";
    private static final Instant FIRST_FAILURE = Instant.parse("2026-11-21T09:59:00Z");

    private final TestClock clock = new TestClock();
    private final FailureRouter router = new FailureRouter("fulfillment-mock",
            new RetryTopics(INPUT, new RetryTiers(List.of(Duration.ofSeconds(1), Duration.ofSeconds(10)))), clock);

    private final ConsumerRecord<byte[], byte[]> request = new ConsumerRecord<>(INPUT, 3, 42,
            1_700_000_000_000L, TimestampType.CREATE_TIME, 7, 3, utf8("order-1"), new byte[] {1, 2, 3},
            new RecordHeaders().add("trace-id", utf8("abc")), Optional.empty());

    @Test
    void sendsAPoisonPillToTheDeadLetterTopicBesideItsTopic() {
        FailureRouter.Routed routed = router.unreadable(request, new IllegalStateException("unknown magic byte"));

        assertThat(routed.toSend().topic()).isEqualTo("p.fulfillment.requests.dlq");
        assertThat(routed.failure().route()).isEqualTo(FailedRecord.Route.DEAD_LETTER);
        assertThat(routed.failure().reason()).isEqualTo(FailedRecord.UNREADABLE);
    }

    @Test
    void keepsTheKeyValueTimestampAndHeadersAsTheyWere() {
        for (FailureRouter.Routed routed : List.of(router.unreadable(request, new IllegalStateException()),
                router.unhandled(request, retryable()))) {
            ProducerRecord<byte[], byte[]> sent = routed.toSend();
            assertThat(text(sent.key())).isEqualTo("order-1");
            assertThat(sent.value()).containsExactly(1, 2, 3);
            assertThat(sent.timestamp()).isEqualTo(1_700_000_000_000L);
            assertThat(header(sent, "trace-id")).isEqualTo("abc");
        }
    }

    @Test
    void saysWhenceADeadLetterCameAndWhyItFailed() {
        ProducerRecord<byte[], byte[]> deadLetter = router.unreadable(request,
                new IllegalStateException("unknown magic byte")).toSend();

        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(INPUT);
        assertThat(header(deadLetter, DeadLetterHeaders.PARTITION)).isEqualTo("3");
        assertThat(header(deadLetter, DeadLetterHeaders.OFFSET)).isEqualTo("42");
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).isEqualTo("java.lang.IllegalStateException");
        assertThat(header(deadLetter, DeadLetterHeaders.MESSAGE)).isEqualTo("unknown magic byte");
        assertThat(header(deadLetter, DeadLetterHeaders.STACKTRACE)).contains("FailureRouterTest");
        assertThat(header(deadLetter, DeadLetterHeaders.SERVICE)).isEqualTo("fulfillment-mock");
        assertThat(header(deadLetter, DeadLetterHeaders.ATTEMPTS)).isEqualTo("1");
        assertThat(header(deadLetter, DeadLetterHeaders.FIRST_FAILURE)).isEqualTo(TestClock.START.toString());
        assertThat(header(deadLetter, DeadLetterHeaders.LAST_FAILURE)).isEqualTo(TestClock.START.toString());
    }

    @Test
    void leavesTheMessageHeaderEmptyWhenTheExceptionHasNoMessage() {
        ProducerRecord<byte[], byte[]> deadLetter = router.unreadable(request, new NullPointerException()).toSend();

        assertThat(deadLetter.headers().lastHeader(DeadLetterHeaders.MESSAGE).value()).isNull();
    }

    @Test
    void letsARecordWithoutTimestampBeStampedWhenItIsSent() {
        var untimed = new ConsumerRecord<>(INPUT, 0, 1, utf8("order-1"), new byte[] {9});

        assertThat(router.unreadable(untimed, new IllegalStateException()).toSend().timestamp()).isNull();
    }

    @Test
    void sendsARetryableFailureToTheFirstTierWithoutStackTrace() {
        FailureRouter.Routed routed = router.unhandled(request, retryable());

        assertThat(routed.toSend().topic()).isEqualTo("p.fulfillment.requests.retry.1");
        assertThat(routed.failure().route()).isEqualTo(FailedRecord.Route.RETRY);
        assertThat(routed.failure().reason()).isEqualTo("timeout");
        assertThat(routed.failure().originalTopic()).isEqualTo(INPUT);
        assertThat(header(routed.toSend(), RetryHeaders.DUE)).isEqualTo(TestClock.START.plusSeconds(1).toString());
        assertThat(routed.toSend().headers().lastHeader(DeadLetterHeaders.STACKTRACE)).isNull();
    }

    @Test
    void sendsARetryableFailureOfTheFirstTierToTheSecondKeepingItsOrigin() {
        FailureRouter.Routed routed = router.unhandled(onTier(1), retryable());

        ProducerRecord<byte[], byte[]> retry = routed.toSend();
        assertThat(retry.topic()).isEqualTo("p.fulfillment.requests.retry.2");
        assertThat(routed.failure().originalTopic()).isEqualTo(INPUT);
        assertThat(header(retry, DeadLetterHeaders.ATTEMPTS)).isEqualTo("2");
        assertThat(header(retry, DeadLetterHeaders.TOPIC)).isEqualTo(INPUT);
        assertThat(header(retry, DeadLetterHeaders.PARTITION)).isEqualTo("3");
        assertThat(header(retry, DeadLetterHeaders.OFFSET)).isEqualTo("42");
        assertThat(header(retry, DeadLetterHeaders.FIRST_FAILURE)).isEqualTo(FIRST_FAILURE.toString());
        assertThat(header(retry, DeadLetterHeaders.LAST_FAILURE)).isEqualTo(TestClock.START.toString());
        assertThat(header(retry, RetryHeaders.DUE)).isEqualTo(TestClock.START.plusSeconds(10).toString());
        assertThat(retry.headers().headers(RetryHeaders.DUE)).hasSize(1);
    }

    @Test
    void deadLettersARetryableFailureOfTheLastTier() {
        FailureRouter.Routed routed = router.unhandled(onTier(2), retryable());

        assertThat(routed.toSend().topic()).isEqualTo("p.fulfillment.requests.dlq");
        assertThat(routed.failure().reason()).isEqualTo(FailedRecord.RETRIES_EXHAUSTED);
        assertThat(header(routed.toSend(), DeadLetterHeaders.ATTEMPTS)).isEqualTo("3");
        assertThat(header(routed.toSend(), DeadLetterHeaders.OFFSET)).isEqualTo("42");
        assertThat(routed.toSend().headers().lastHeader(RetryHeaders.DUE)).isNull();
    }

    @Test
    void deadLettersAFailureThatIsNotRetryableFromAnyTier() {
        FailureRouter.Routed routed = router.unhandled(onTier(1), new IllegalArgumentException("no such order"));

        assertThat(routed.toSend().topic()).isEqualTo("p.fulfillment.requests.dlq");
        assertThat(routed.failure().reason()).isEqualTo(FailedRecord.NOT_RETRYABLE);
        assertThat(header(routed.toSend(), DeadLetterHeaders.ATTEMPTS)).isEqualTo("2");
    }

    @Test
    void deadLettersARetryableFailureAtOnceWithoutTiers() {
        var withoutTiers = new FailureRouter("svc", new RetryTopics(INPUT, RetryTiers.none()), clock);

        FailureRouter.Routed routed = withoutTiers.unhandled(request, retryable());

        assertThat(routed.toSend().topic()).isEqualTo("p.fulfillment.requests.dlq");
        assertThat(routed.failure().reason()).isEqualTo(FailedRecord.RETRIES_EXHAUSTED);
    }

    @Test
    void takesTheTierAsTheAttemptWhenATierRecordLostItsHeaders() {
        var bare = new ConsumerRecord<>(INPUT + ".retry.1", 0, 5, utf8("order-1"), new byte[] {1});

        ProducerRecord<byte[], byte[]> retry = router.unhandled(bare, retryable()).toSend();

        assertThat(header(retry, DeadLetterHeaders.ATTEMPTS)).isEqualTo("2");
        assertThat(header(retry, DeadLetterHeaders.TOPIC)).isEqualTo(INPUT);
        assertThat(header(retry, DeadLetterHeaders.FIRST_FAILURE)).isEqualTo(TestClock.START.toString());
    }

    /** The request as re-queued on a tier after its failures there, found again at offset 0 of that tier. */
    private ConsumerRecord<byte[], byte[]> onTier(int tier) {
        var headers = new RecordHeaders(request.headers().toArray())
                .add(DeadLetterHeaders.TOPIC, utf8(INPUT))
                .add(DeadLetterHeaders.PARTITION, utf8("3"))
                .add(DeadLetterHeaders.OFFSET, utf8("42"))
                .add(DeadLetterHeaders.ATTEMPTS, utf8(String.valueOf(tier)))
                .add(DeadLetterHeaders.FIRST_FAILURE, utf8(FIRST_FAILURE.toString()))
                .add(RetryHeaders.DUE, utf8(TestClock.START.toString()));
        return new ConsumerRecord<>(INPUT + ".retry." + tier, 0, 0, request.timestamp(), TimestampType.CREATE_TIME,
                7, 3, request.key(), request.value(), headers, Optional.empty());
    }

    private static RetryableException retryable() {
        return new RetryableException("timeout", "no answer within PT5S");
    }
}
