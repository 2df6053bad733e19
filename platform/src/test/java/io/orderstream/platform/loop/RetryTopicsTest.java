package io.orderstream.platform.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RetryTopicsTest {

    private final RetryTopics topics = new RetryTopics("p.payments.requests",
            new RetryTiers(List.of(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60))));

    @Test
    void namesATopicPerTierAndTheDeadLetterTopicAfterTheInput() {
        assertThat(topics.tierTopics()).containsExactly("p.payments.requests.retry.1", "p.payments.requests.retry.2",
                "p.payments.requests.retry.3");
        assertThat(topics.deadLetterTopic()).isEqualTo("p.payments.requests.dlq");
        assertThat(topics.subscription()).containsExactly("p.payments.requests", "p.payments.requests.retry.1",
                "p.payments.requests.retry.2", "p.payments.requests.retry.3");
    }

    @Test
    void knowsWhichTierATopicIs() {
        assertThat(topics.tierOf("p.payments.requests.retry.2")).hasValue(2);
        assertThat(topics.tierOf("p.payments.requests")).isEmpty();
        assertThat(topics.tierOf("p.payments.requests.retry.4")).isEmpty();
    }

    @Test
    void countsAttemptsByTheTopicARecordWasReadFrom() {
        assertThat(topics.attemptOf(record("p.payments.requests"))).isEqualTo(1);
        assertThat(topics.attemptOf(record("p.payments.requests.retry.1"))).isEqualTo(2);
        assertThat(topics.isLastAttempt(record("p.payments.requests.retry.2"))).isFalse();
        assertThat(topics.isLastAttempt(record("p.payments.requests.retry.3"))).isTrue();
    }

    @Test
    void makesTheFirstAttemptTheLastWithoutTiers() {
        var withoutTiers = new RetryTopics("p.payments.requests", RetryTiers.none());

        assertThat(withoutTiers.isLastAttempt(record("p.payments.requests"))).isTrue();
        assertThat(withoutTiers.subscription()).containsExactly("p.payments.requests");
    }

    private static ConsumerRecord<String, String> record(String topic) {
        return new ConsumerRecord<>(topic, 0, 0, "k", "v");
    }
}
