package io.orderstream.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import io.orderstream.schemas.payment.PaymentStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PaymentWorkerTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:05Z");
    private static final Attempt FIRST = new Attempt(1, false);
    private static final Attempt LAST = new Attempt(4, true);
    private static final ChargeOutcome.Unanswered DROPPED =
            new ChargeOutcome.Unanswered("network_error", "java.io.IOException: connection closed");

    private final ScriptedProvider provider = new ScriptedProvider();
    private final PaymentWorker worker = new PaymentWorker(provider, Clock.fixed(NOW, ZoneOffset.UTC));
    private final PaymentRequest request = Requests.order("order-1", "cust-1");

    @Test
    void chargesTheRequestUnderItsIdempotencyKeyWithTheOriginAsReference() throws Exception {
        provider.answering(new ChargeOutcome.Captured("ch_1"));

        worker.pay(request, FIRST);

        assertThat(provider.charges).containsExactly(
                new ChargeCall("order/order-1/charge", "cust-1", 2500, "EUR", "order-1"));
    }

    @Test
    void answersCapturedWithTheChargeForTheRequestsOrigin() throws Exception {
        provider.answering(new ChargeOutcome.Captured("ch_1"));

        PaymentResult result = worker.pay(request, FIRST);

        assertThat(result.getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(result.getChargeId()).isEqualTo("ch_1");
        assertThat(result.getRequestId()).isEqualTo("order-1/charge-1");
        assertThat(result.getOrigin()).isEqualTo(PaymentOrigin.ORDER);
        assertThat(result.getOriginId()).isEqualTo("order-1");
        assertThat(result.getAmount()).isEqualTo(2500);
        assertThat(result.getCurrency()).isEqualTo("EUR");
        assertThat(result.getAttempts()).isEqualTo(1);
        assertThat(result.getCompletedAt()).isEqualTo(NOW);
        assertThat(result.getCode()).isNull();
    }

    @Test
    void answersAnInvoiceJustLikeAnOrderKeepingItsOrigin() throws Exception {
        PaymentRequest invoice = PaymentRequest.newBuilder(request).setOrigin(PaymentOrigin.INVOICE)
                .setOriginId("invoice-7").setRequestId("invoice-7/2026-11").setIdempotencyKey("invoice/7/2026-11")
                .build();
        provider.answering(new ChargeOutcome.Captured("ch_3"));

        PaymentResult result = worker.pay(invoice, FIRST);

        assertThat(provider.charges.getFirst().idempotencyKey()).isEqualTo("invoice/7/2026-11");
        assertThat(provider.charges.getFirst().reference()).isEqualTo("invoice-7");
        assertThat(result.getOrigin()).isEqualTo(PaymentOrigin.INVOICE);
        assertThat(result.getOriginId()).isEqualTo("invoice-7");
        assertThat(result.getRequestId()).isEqualTo("invoice-7/2026-11");
    }

    @Test
    void answersDeclinedWithTheDeclineCode() throws Exception {
        provider.answering(new ChargeOutcome.Declined("insufficient_funds", "ch_2"));

        PaymentResult result = worker.pay(request, FIRST);

        assertThat(result.getStatus()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(result.getCode()).isEqualTo("insufficient_funds");
        assertThat(result.getChargeId()).isEqualTo("ch_2");
    }

    @Test
    void answersRejectedWithTheRefusalsCodeAndDetail() throws Exception {
        provider.answering(new ChargeOutcome.Rejected("customer_not_found", "No customer 'missing-1'."));

        PaymentResult result = worker.pay(request, FIRST);

        assertThat(result.getStatus()).isEqualTo(PaymentStatus.REJECTED);
        assertThat(result.getCode()).isEqualTo("customer_not_found");
        assertThat(result.getReason()).isEqualTo("No customer 'missing-1'.");
        assertThat(result.getChargeId()).isNull();
    }

    @Test
    void countsTheAttemptsItTook() throws Exception {
        provider.answering(new ChargeOutcome.Captured("ch_1"));

        assertThat(worker.pay(request, new Attempt(3, false)).getAttempts()).isEqualTo(3);
    }

    @Test
    void asksForARetryWhenTheProviderDoesNotAnswerWithoutLookingItUpBeforeTheLastAttempt() {
        provider.answering(DROPPED);

        assertThatThrownBy(() -> worker.pay(request, FIRST))
                .isInstanceOfSatisfying(OutcomeUnknownException.class,
                        failure -> assertThat(failure.reason()).isEqualTo("network_error"))
                .hasMessageContaining("connection closed");
        assertThat(provider.lookups).isEmpty();
    }

    @Test
    void reportsAChargeFoundInTheLedgerWhenTheLastAttemptIsUnanswered() throws Exception {
        provider.answering(DROPPED)
                .withLedger(new LedgerLookup.Found(new ChargeOutcome.Captured("ch_early")));

        PaymentResult result = worker.pay(request, LAST);

        assertThat(result.getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(result.getChargeId()).isEqualTo("ch_early");
        assertThat(result.getAttempts()).isEqualTo(4);
    }

    @Test
    void givesUpTheLastAttemptWhenTheLedgerShowsNoCharge() {
        provider.answering(DROPPED).withLedger(new LedgerLookup.NotFound());

        assertThatThrownBy(() -> worker.pay(request, LAST)).isInstanceOf(OutcomeUnknownException.class);
    }

    @Test
    void refusesForGoodWhatTheProviderFindsMalformed() {
        provider.answering(new ChargeOutcome.Malformed("HTTP 400 invalid_request: amount must be positive"));

        assertThatThrownBy(() -> worker.pay(request, FIRST))
                .isInstanceOf(MalformedChargeException.class)
                .hasMessageContaining("amount must be positive");
    }

    @Test
    void failsARequestGivenUpAfterUnansweredCallsWhenTheLedgerShowsNoCharge() throws Exception {
        provider.withLedger(new LedgerLookup.NotFound());

        PaymentResult result = worker.givenUp(request, 4, new OutcomeUnknownException(DROPPED));

        assertThat(result.getStatus()).isEqualTo(PaymentStatus.FAILED);
        assertThat(result.getCode()).isEqualTo(PaymentWorker.RETRIES_EXHAUSTED);
        assertThat(result.getReason()).contains("connection closed");
        assertThat(result.getAttempts()).isEqualTo(4);
    }

    @Test
    void neverFailsARequestWhoseChargeTheLedgerShows() throws Exception {
        provider.withLedger(new LedgerLookup.Found(new ChargeOutcome.Captured("ch_9")));

        PaymentResult result = worker.givenUp(request, 2, new IllegalStateException("bug"));

        assertThat(result.getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(result.getChargeId()).isEqualTo("ch_9");
    }

    @Test
    void failsAsUnknownWhenTheLedgerCannotBeRead() throws Exception {
        provider.withLedger(new LedgerLookup.Unreadable("java.net.ConnectException"));

        PaymentResult result = worker.givenUp(request, 4, new OutcomeUnknownException(DROPPED));

        assertThat(result.getCode()).isEqualTo(PaymentWorker.OUTCOME_UNKNOWN);
        assertThat(result.getReason()).contains("connection closed").contains("ConnectException");
    }

    @Test
    void failsAMalformedRequestWithoutLookingItUp() throws Exception {
        PaymentResult result = worker.givenUp(request, 1, new MalformedChargeException("HTTP 400"));

        assertThat(result.getCode()).isEqualTo(PaymentWorker.INVALID_REQUEST);
        assertThat(provider.lookups).isEmpty();
    }

    @Test
    void failsARequestTheWorkerItselfFailedOnWhenTheLedgerShowsNoCharge() throws Exception {
        provider.withLedger(new LedgerLookup.NotFound());

        PaymentResult result = worker.givenUp(request, 1, new IllegalStateException("bug"));

        assertThat(result.getCode()).isEqualTo(PaymentWorker.PROCESSING_ERROR);
    }
}
