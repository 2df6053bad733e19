package io.orderstream.billing;

import static io.orderstream.billing.RunningPaymentWorker.DEADLINE;
import static io.orderstream.billing.RunningPaymentWorker.MAX_ATTEMPTS;
import static io.orderstream.billing.RunningPaymentWorker.orderCharge;
import static io.orderstream.billing.RunningPaymentWorker.orderRefund;
import static io.orderstream.billing.RunningPaymentWorker.shipmentPayout;
import static io.orderstream.paymentprovider.domain.NetworkFault.DROP_AFTER_CHARGE;
import static io.orderstream.paymentprovider.domain.NetworkFault.DROP_BEFORE_CHARGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.schemas.payment.PaymentKind;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import io.orderstream.schemas.payment.PaymentStatus;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payouts (from payouts.requests) and refunds (from payments.requests) through the payment worker, against a real
 * broker and registry and the real payment-provider-mock whose network faults each test scripts (one request in
 * flight at a time): each is made once at the provider, whatever the faults, and answered on payments.results with
 * its kind and reference.
 */
class PaymentWorkerTransfersIT {

    private static InProcessProvider provider;
    private static RunningPaymentWorker worker;
    private static TopicReader<PaymentResult> results;

    @BeforeAll
    static void startTheWorker() {
        provider = new InProcessProvider();
        worker = new RunningPaymentWorker(provider.url(), Map.of());
        results = worker.readResults();
    }

    @AfterAll
    static void stopTheWorker() {
        results.close();
        worker.close();
        provider.close();
    }

    @AfterEach
    void everyScriptedFaultWasMet() {
        assertThat(provider.faults.isUsedUp()).as("every scripted fault was met by a call").isTrue();
    }

    @Test
    void paysOutAShipmentAndAnswersWithItsKindReferenceAndPayoutId() {
        PaymentRequest request = shipmentPayout("merchant-1", 975);

        worker.sendPayout(request);

        ConsumerRecord<String, PaymentResult> answer = results.awaitOne(answering(request), DEADLINE);
        assertThat(answer.key()).isEqualTo(request.getOriginId());
        assertThat(answer.value().getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(answer.value().getKind()).isEqualTo(PaymentKind.PAYOUT);
        assertThat(answer.value().getReference()).isEqualTo(request.getReference());
        assertThat(provider.payoutsFor(request.getReference())).singleElement().satisfies(payout -> {
            assertThat(payout.id()).isEqualTo(answer.value().getChargeId());
            assertThat(payout.merchant()).isEqualTo("merchant-1");
            assertThat(payout.amount()).isEqualTo(975);
            assertThat(payout.idempotencyKey()).isEqualTo(request.getIdempotencyKey());
        });
    }

    @Test
    void paysOutOnceWhenTheProviderPaysButTheAnswersAreLostUntilTheLastAttempt() {
        PaymentRequest request = shipmentPayout("merchant-1", 1_000);
        provider.faults.then(DROP_AFTER_CHARGE, DROP_AFTER_CHARGE);

        worker.sendPayout(request);

        PaymentResult result = results.awaitOne(answering(request), DEADLINE).value();
        assertThat(result.getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(result.getAttempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(provider.payoutsFor(request.getReference())).singleElement()
                .satisfies(payout -> assertThat(payout.id()).isEqualTo(result.getChargeId()));
        assertThat(results.seen(answering(request))).hasSize(1);
    }

    @Test
    void reportsThePayoutOfAnEarlierAttemptWhenEveryLaterOneIsUnanswered() {
        PaymentRequest request = shipmentPayout("merchant-1", 1_100);
        provider.faults.then(DROP_AFTER_CHARGE, DROP_BEFORE_CHARGE, DROP_BEFORE_CHARGE);

        worker.sendPayout(request);

        PaymentResult result = results.awaitOne(answering(request), DEADLINE).value();
        assertThat(result.getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(result.getKind()).isEqualTo(PaymentKind.PAYOUT);
        assertThat(provider.payoutsFor(request.getReference())).singleElement()
                .satisfies(payout -> assertThat(payout.id()).isEqualTo(result.getChargeId()));
    }

    @Test
    void refundsAnOrdersCapturedChargeOnceAcrossALostAnswer() {
        PaymentRequest charge = orderCharge("cust-1", 2_500);
        worker.send(charge);
        String chargeId = results.awaitOne(answering(charge), DEADLINE).value().getChargeId();
        PaymentRequest refund = orderRefund(charge, chargeId, 2_500);
        provider.faults.then(DROP_AFTER_CHARGE);

        worker.send(refund);

        ConsumerRecord<String, PaymentResult> answer = results.awaitOne(answering(refund), DEADLINE);
        assertThat(answer.key()).isEqualTo(charge.getOriginId());
        assertThat(answer.value().getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(answer.value().getKind()).isEqualTo(PaymentKind.REFUND);
        assertThat(answer.value().getReference()).isEqualTo(chargeId);
        assertThat(provider.refundsFor(charge.getOriginId())).singleElement().satisfies(made -> {
            assertThat(made.id()).isEqualTo(answer.value().getChargeId());
            assertThat(made.charge()).isEqualTo(chargeId);
            assertThat(made.amount()).isEqualTo(2_500);
            assertThat(made.idempotencyKey()).isEqualTo(refund.getIdempotencyKey());
        });
    }

    @Test
    void rejectsARefundBeyondTheCapturedAmountAtOnceWithoutRetrying() {
        PaymentRequest charge = orderCharge("cust-1", 500);
        worker.send(charge);
        String chargeId = results.awaitOne(answering(charge), DEADLINE).value().getChargeId();
        PaymentRequest refund = orderRefund(charge, chargeId, 501);

        worker.send(refund);

        PaymentResult result = results.awaitOne(answering(refund), DEADLINE).value();
        assertThat(result.getStatus()).isEqualTo(PaymentStatus.REJECTED);
        assertThat(result.getCode()).isEqualTo("refund_exceeds_captured");
        assertThat(result.getAttempts()).isEqualTo(1);
        assertThat(result.getKind()).isEqualTo(PaymentKind.REFUND);
        assertThat(provider.refundsFor(charge.getOriginId())).isEmpty();
    }

    private static Predicate<ConsumerRecord<String, PaymentResult>> answering(PaymentRequest request) {
        return record -> record.value().getRequestId().equals(request.getRequestId());
    }
}
