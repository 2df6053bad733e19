package io.orderstream.paymentprovider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.paymentprovider.domain.GatewayReply.Answered;
import io.orderstream.paymentprovider.domain.GatewayReply.ConnectionDropped;
import org.junit.jupiter.api.Test;

/** Payouts and refunds meet the network's faults as charges do: a retry under the key never moves money twice. */
class TransferFaultsTest {

    private static final PayoutRequest PAYOUT = new PayoutRequest("merchant-1", 975, "EUR", "shipment-1");
    private static final RefundRequest REFUND = new RefundRequest("cust-1", 500, "EUR", null, "order-1");

    @Test
    void a_payout_retried_after_a_drop_after_it_was_made_answers_that_payout_as_a_replay() {
        var gateway = TestGateways.neverDeclining(new ScriptedFaults(NetworkFault.DROP_AFTER_CHARGE));
        GatewayReply<Payout> dropped = gateway.payout("payout/order-1/shipment-1", PAYOUT);
        Payout made = gateway.payouts().getFirst();

        GatewayReply<Payout> retry = gateway.payout("payout/order-1/shipment-1", PAYOUT);

        assertThat(dropped).isEqualTo(new ConnectionDropped<Payout>(NetworkFault.DROP_AFTER_CHARGE));
        assertThat(retry).isEqualTo(new Answered<>(made, true));
        assertThat(gateway.payouts()).hasSize(1);
    }

    @Test
    void a_payout_dropped_before_it_was_made_is_made_by_the_retry() {
        var gateway = TestGateways.neverDeclining(new ScriptedFaults(NetworkFault.DROP_BEFORE_CHARGE));
        gateway.payout("payout/order-1/shipment-1", PAYOUT);

        GatewayReply<Payout> retry = gateway.payout("payout/order-1/shipment-1", PAYOUT);

        assertThat(retry).isInstanceOfSatisfying(Answered.class,
                answered -> assertThat(answered.replayed()).isFalse());
        assertThat(gateway.payouts()).hasSize(1);
    }

    @Test
    void a_refund_retried_after_a_drop_after_it_was_made_refunds_once() {
        var gateway = TestGateways.neverDeclining(new ScriptedFaults(NetworkFault.DROP_AFTER_CHARGE));
        gateway.refund("refund/order-1/remainder_cancelled", REFUND);

        GatewayReply<RefundOutcome> retry = gateway.refund("refund/order-1/remainder_cancelled", REFUND);

        assertThat(retry).isEqualTo(new Answered<>(new RefundOutcome.Refunded(gateway.refunds().getFirst()), true));
        assertThat(gateway.refunds()).hasSize(1);
    }

    @Test
    void a_payout_key_reused_with_another_body_pays_nothing_more() {
        var gateway = TestGateways.neverDeclining(NetworkFaults.none());
        gateway.payout("payout/order-1/shipment-1", PAYOUT);

        GatewayReply<Payout> reused = gateway.payout("payout/order-1/shipment-1",
                new PayoutRequest("merchant-1", 976, "EUR", "shipment-1"));

        assertThat(reused).isEqualTo(new GatewayReply.KeyReused<Payout>());
        assertThat(gateway.payouts()).hasSize(1);
    }
}
