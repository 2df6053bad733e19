package io.orderstream.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.schemas.payment.PaymentKind;
import io.orderstream.schemas.payment.PaymentRequest;
import org.junit.jupiter.api.Test;

class ChargeCallTest {

    @Test
    void aChargeIsFiledUnderItsOriginsId() {
        assertThat(ChargeCall.of(Requests.order("order-1", "cust-1")))
                .isEqualTo(new ChargeCall("order/order-1/charge", "cust-1", 2500, "EUR", "order-1"));
    }

    @Test
    void aPayoutPaysTheMerchantUnderItsShipmentsReference() {
        PaymentRequest payout = PaymentRequest.newBuilder(Requests.order("order-1", "merchant-1"))
                .setKind(PaymentKind.PAYOUT).setIdempotencyKey("payout/order-1/s-1").setReference("s-1").build();

        assertThat(ChargeCall.of(payout)).isEqualTo(new ChargeCall(PaymentKind.PAYOUT, "payout/order-1/s-1",
                "merchant-1", 2500, "EUR", "s-1", null));
    }

    @Test
    void aRefundNamesTheChargeItRefundsAndIsFiledUnderTheOrder() {
        PaymentRequest refund = PaymentRequest.newBuilder(Requests.order("order-1", "buyer@example.com"))
                .setKind(PaymentKind.REFUND).setIdempotencyKey("refund/order-1/fulfillment_failed")
                .setReference("ch_1").build();

        assertThat(ChargeCall.of(refund)).isEqualTo(new ChargeCall(PaymentKind.REFUND,
                "refund/order-1/fulfillment_failed", "buyer@example.com", 2500, "EUR", "order-1", "ch_1"));
    }

    @Test
    void aRefundWithoutAKnownChargeIsUnbounded() {
        PaymentRequest refund = PaymentRequest.newBuilder(Requests.order("order-1", "buyer@example.com"))
                .setKind(PaymentKind.REFUND).setReference(null).build();

        assertThat(ChargeCall.of(refund).charge()).isNull();
    }
}
