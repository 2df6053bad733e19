package io.orderstream.billing.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.billing.payment.ChargeCall;
import io.orderstream.billing.payment.ChargeOutcome;
import io.orderstream.billing.payment.LedgerLookup;
import io.orderstream.billing.payment.OutcomeUnknownException;
import io.orderstream.billing.payment.PaymentProvider;
import io.orderstream.billing.payment.PaymentWorker;
import io.orderstream.billing.payment.Requests;
import io.orderstream.platform.loop.RetryTiers;
import io.orderstream.platform.loop.RetryTopics;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import io.orderstream.schemas.payment.PaymentStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class PaymentRequestHandlerTest {

    private static final String REQUESTS = "p.payments.requests";

    private final List<ChargeOutcome> answers = new ArrayList<>();
    private final List<LedgerLookup> ledger = new ArrayList<>();
    private final PaymentProvider provider = new PaymentProvider() {
        @Override
        public ChargeOutcome charge(ChargeCall call) {
            return answers.removeFirst();
        }

        @Override
        public LedgerLookup lookUp(ChargeCall call) {
            return ledger.removeFirst();
        }
    };
    private final PaymentRequestHandler handler = new PaymentRequestHandler(
            new PaymentWorker(provider, Clock.systemUTC()),
            new RetryTopics(REQUESTS, new RetryTiers(List.of(Duration.ofSeconds(1), Duration.ofSeconds(10)))),
            "p.payments.results");
    private final PaymentRequest request = Requests.order("order-1", "cust-1");

    @Test
    void answersOnTheResultsTopicKeyedByTheOrigin() throws Exception {
        answers.add(new ChargeOutcome.Captured("ch_1"));

        List<ProducerRecord<String, PaymentResult>> results = handler.handle(record(REQUESTS, request));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.topic()).isEqualTo("p.payments.results");
            assertThat(result.key()).isEqualTo("order-1");
            assertThat(result.value().getStatus()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(result.value().getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void countsTheAttemptByTheTierTheRequestCameFrom() throws Exception {
        answers.add(new ChargeOutcome.Captured("ch_1"));

        List<ProducerRecord<String, PaymentResult>> results = handler.handle(record(REQUESTS + ".retry.1", request));

        assertThat(results.getFirst().value().getAttempts()).isEqualTo(2);
    }

    @Test
    void looksTheChargeUpOnlyOnTheLastTier() throws Exception {
        answers.add(new ChargeOutcome.Unanswered("timeout", "t"));
        assertThatThrownBy(() -> handler.handle(record(REQUESTS + ".retry.1", request)))
                .isInstanceOf(OutcomeUnknownException.class);

        answers.add(new ChargeOutcome.Unanswered("timeout", "t"));
        ledger.add(new LedgerLookup.Found(new ChargeOutcome.Captured("ch_7")));
        List<ProducerRecord<String, PaymentResult>> results = handler.handle(record(REQUESTS + ".retry.2", request));

        assertThat(results.getFirst().value().getChargeId()).isEqualTo("ch_7");
        assertThat(results.getFirst().value().getAttempts()).isEqualTo(3);
    }

    @Test
    void answersFailedForARequestGivenUpOn() throws Exception {
        ledger.add(new LedgerLookup.NotFound());

        List<ProducerRecord<String, PaymentResult>> results = handler.answerDeadLettered(
                record(REQUESTS + ".retry.2", request),
                new OutcomeUnknownException(new ChargeOutcome.Unanswered("timeout", "no answer")));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.key()).isEqualTo("order-1");
            assertThat(result.value().getStatus()).isEqualTo(PaymentStatus.FAILED);
            assertThat(result.value().getCode()).isEqualTo(PaymentWorker.RETRIES_EXHAUSTED);
            assertThat(result.value().getAttempts()).isEqualTo(3);
        });
    }

    @Test
    void rejectsARequestWithoutValueAndAnswersNothingForIt() throws Exception {
        assertThatThrownBy(() -> handler.handle(record(REQUESTS, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tombstone");
        assertThat(handler.answerDeadLettered(record(REQUESTS, null), new IllegalArgumentException())).isEmpty();
    }

    private static ConsumerRecord<String, PaymentRequest> record(String topic, PaymentRequest value) {
        return new ConsumerRecord<>(topic, 0, 0, "order-1", value);
    }
}
