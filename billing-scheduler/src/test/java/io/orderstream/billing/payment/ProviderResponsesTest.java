package io.orderstream.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.schemas.payment.PaymentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderResponsesTest {

    @Test
    void readsACreatedChargeAsCaptured() {
        assertThat(ProviderResponses.charge(201, """
                {"chargeId":"ch_1","status":"succeeded","customerId":"cust-1","amount":1250,"currency":"EUR"}"""))
                .isEqualTo(new ChargeOutcome.Captured("ch_1"));
    }

    @Test
    void readsPaymentRequiredAsDeclinedWithItsCode() {
        assertThat(ProviderResponses.charge(402, """
                {"chargeId":"ch_2","status":"declined","code":"insufficient_funds"}"""))
                .isEqualTo(new ChargeOutcome.Declined("insufficient_funds", "ch_2"));
    }

    @Test
    void readsADeclineWithoutCodeAsDeclined() {
        assertThat(ProviderResponses.charge(402, "")).isEqualTo(new ChargeOutcome.Declined("declined", null));
    }

    @Test
    void readsAnUnknownCustomerAsRejected() {
        assertThat(ProviderResponses.charge(404, """
                {"type":"about:blank","title":"Customer not found","status":404,"detail":"No customer 'missing-1'.",
                 "code":"customer_not_found"}"""))
                .isEqualTo(new ChargeOutcome.Rejected("customer_not_found", "No customer 'missing-1'."));
    }

    @Test
    void readsACurrencyMismatchAndAReusedKeyAsRejected() {
        assertThat(ProviderResponses.charge(422, "{\"code\":\"currency_mismatch\",\"detail\":\"d\"}"))
                .isEqualTo(new ChargeOutcome.Rejected("currency_mismatch", "d"));
        assertThat(ProviderResponses.charge(422, "{\"code\":\"idempotency_key_reused\"}"))
                .isEqualTo(new ChargeOutcome.Rejected("idempotency_key_reused", null));
    }

    @Test
    void namesARefusalWithoutCodeAfterItsStatus() {
        assertThat(ProviderResponses.charge(404, "<html>not found</html>"))
                .isEqualTo(new ChargeOutcome.Rejected("http_404", null));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void readsAServerErrorAsUnanswered(int status) {
        assertThat(ProviderResponses.charge(status, "{\"code\":\"overloaded\",\"detail\":\"try later\"}"))
                .isEqualTo(new ChargeOutcome.Unanswered("server_error", "HTTP " + status + " overloaded: try later"));
    }

    @Test
    void readsThrottlingAndARequestTimeoutAsUnanswered() {
        assertThat(ProviderResponses.charge(429, "")).isInstanceOfSatisfying(ChargeOutcome.Unanswered.class,
                unanswered -> assertThat(unanswered.reason()).isEqualTo("rate_limited"));
        assertThat(ProviderResponses.charge(408, "")).isInstanceOfSatisfying(ChargeOutcome.Unanswered.class,
                unanswered -> assertThat(unanswered.reason()).isEqualTo("timeout"));
    }

    @Test
    void readsABadRequestAsMalformed() {
        assertThat(ProviderResponses.charge(400, """
                {"status":400,"code":"invalid_request","detail":"The charge request has invalid fields."}"""))
                .isEqualTo(new ChargeOutcome.Malformed(
                        "HTTP 400 invalid_request: The charge request has invalid fields."));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 302, 401, 403, 409})
    void readsAnyOtherStatusAsMalformed(int status) {
        assertThat(ProviderResponses.charge(status, "x")).isInstanceOf(ChargeOutcome.Malformed.class);
    }

    @Test
    void findsTheChargeMadeUnderTheKeyInTheLedger() {
        String ledger = """
                {"charges":[
                  {"chargeId":"ch_1","status":"succeeded","idempotencyKey":"order/o-1/other"},
                  {"chargeId":"ch_2","status":"succeeded","idempotencyKey":"order/o-1/charge"}]}""";

        assertThat(ProviderResponses.ledger(200, ledger, "order/o-1/charge"))
                .isEqualTo(new LedgerLookup.Found(new ChargeOutcome.Captured("ch_2")));
    }

    @Test
    void findsADeclinedChargeInTheLedger() {
        String ledger = """
                {"charges":[{"chargeId":"ch_3","status":"declined","code":"insufficient_funds","idempotencyKey":"k"}]}""";

        assertThat(ProviderResponses.ledger(200, ledger, "k"))
                .isEqualTo(new LedgerLookup.Found(new ChargeOutcome.Declined("insufficient_funds", "ch_3")));
    }

    @Test
    void findsNothingWhenNoChargeHasTheKey() {
        assertThat(ProviderResponses.ledger(200, "{\"charges\":[]}", "k")).isEqualTo(new LedgerLookup.NotFound());
    }

    @Test
    void cannotReadALedgerThatIsNoLedger() {
        assertThat(ProviderResponses.ledger(503, "", "k")).isInstanceOf(LedgerLookup.Unreadable.class);
        assertThat(ProviderResponses.ledger(200, "not json", "k")).isInstanceOf(LedgerLookup.Unreadable.class);
        assertThat(ProviderResponses.ledger(200,
                "{\"charges\":[{\"chargeId\":\"c\",\"status\":\"refunded\",\"idempotencyKey\":\"k\"}]}", "k"))
                .isInstanceOf(LedgerLookup.Unreadable.class);
    }

    @Test
    void readsACreatedPayoutAndRefundAsCapturedWithTheirIds() {
        assertThat(ProviderResponses.answer(PaymentKind.PAYOUT, 201, """
                {"payoutId":"po_1","status":"succeeded","merchant":"m-1","amount":975,"currency":"EUR"}"""))
                .isEqualTo(new ChargeOutcome.Captured("po_1"));
        assertThat(ProviderResponses.answer(PaymentKind.REFUND, 201, """
                {"refundId":"re_1","status":"succeeded","customer":"c-1","amount":975,"currency":"EUR"}"""))
                .isEqualTo(new ChargeOutcome.Captured("re_1"));
    }

    @Test
    void readsARefundBeyondTheCapturedAmountAsRejected() {
        assertThat(ProviderResponses.answer(PaymentKind.REFUND, 422,
                "{\"code\":\"refund_exceeds_captured\",\"detail\":\"at most 400\"}"))
                .isEqualTo(new ChargeOutcome.Rejected("refund_exceeds_captured", "at most 400"));
    }

    @Test
    void findsAPayoutInTheLedgerByItsKey() {
        String ledger = """
                {"payouts":[{"payoutId":"po_1","status":"succeeded","idempotencyKey":"payout/o-1/s-1"}]}""";

        assertThat(ProviderResponses.ledger(PaymentKind.PAYOUT, 200, ledger, "payout/o-1/s-1"))
                .isEqualTo(new LedgerLookup.Found(new ChargeOutcome.Captured("po_1")));
        assertThat(ProviderResponses.ledger(PaymentKind.PAYOUT, 200, ledger, "payout/o-1/s-2"))
                .isEqualTo(new LedgerLookup.NotFound());
    }

    @Test
    void callsThePathOfEachKind() {
        assertThat(ProviderResponses.path(PaymentKind.CHARGE)).isEqualTo("/v1/charges");
        assertThat(ProviderResponses.path(PaymentKind.PAYOUT)).isEqualTo("/v1/payouts");
        assertThat(ProviderResponses.path(PaymentKind.REFUND)).isEqualTo("/v1/refunds");
    }
}
