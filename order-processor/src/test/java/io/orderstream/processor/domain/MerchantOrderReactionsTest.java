package io.orderstream.processor.domain;

import static io.orderstream.processor.domain.MerchantFixtures.cancelRemainder;
import static io.orderstream.processor.domain.MerchantFixtures.notice;
import static io.orderstream.processor.domain.MerchantFixtures.payLater5000;
import static io.orderstream.processor.domain.MerchantFixtures.payment;
import static io.orderstream.processor.domain.MerchantFixtures.prepaid5000;
import static io.orderstream.processor.domain.OrderFixtures.NOW;
import static io.orderstream.processor.domain.OrderFixtures.ORDER_ID;
import static io.orderstream.processor.domain.OrderFixtures.POLICY;
import static io.orderstream.processor.domain.OrderFixtures.REQUEST_ID;
import static io.orderstream.processor.domain.OrderFixtures.basketOf5000;
import static io.orderstream.processor.domain.OrderScenario.givenCommands;

import io.orderstream.processor.domain.Command.ApplyPayment;
import io.orderstream.processor.domain.Command.ChargeStatus;
import io.orderstream.processor.domain.Command.RecordFulfillmentResult;
import io.orderstream.processor.domain.Command.RecordTransferResult;
import io.orderstream.processor.domain.Command.Transfer;
import io.orderstream.processor.domain.Event.PayoutRequested;
import io.orderstream.processor.domain.Event.RefundRequested;
import io.orderstream.processor.domain.Reactions.Deadline;
import io.orderstream.processor.domain.Reactions.Reply;
import io.orderstream.processor.domain.Reactions.Request;
import io.orderstream.processor.domain.RequestedFulfillment.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What follows merchants' commands and the payment worker's payout and refund answers. */
class MerchantOrderReactionsTest {

    private static final String PAYOUT_1 = Payout.idOf(ORDER_ID, "s-1");

    @Test
    void an_accepted_notice_is_answered_under_its_own_id() {
        givenCommands(payLater5000()).when(notice("s-1", 2000)).thenAccepted("ship-s-1");
    }

    @Test
    void a_refused_notice_is_answered_with_the_refusals_code() {
        givenCommands(payLater5000()).when(notice("s-1", 5001))
                .thenReply("ship-s-1", Reply.Outcome.REJECTED, "shipment_exceeds_remaining");
    }

    @Test
    void a_notice_of_a_merchants_order_asks_the_payment_worker_for_its_payout_with_no_deadline() {
        givenCommands(payLater5000()).when(notice("s-1", 2000))
                .thenRequests(new Request.Payout(new PayoutRequested(PAYOUT_1, "s-1", 1950, 50, NOW)))
                .thenDeadlinesSet();
    }

    @Test
    void a_notice_repeated_asks_nothing_again() {
        givenCommands(payLater5000(), notice("s-1", 2000)).when(notice("s-1", 2000))
                .thenAccepted("ship-s-1")
                .thenRequests();
    }

    @Test
    void a_shops_notice_asks_no_payout() {
        givenCommands(basketOf5000(), new ApplyPayment("c-2", "p-1", 5000))
                .when(new Command.RecordShipment("ship-1", "s-1", 1000, List.of(), null, null, null))
                .thenAccepted("ship-1")
                .thenRequests();
    }

    @Test
    void cancelling_a_prepaid_remainder_asks_the_refund_and_clears_the_fulfillment_deadline() {
        givenCommands(prepaid5000(), payment("p-1", 5000), notice("s-1", 2000)).when(cancelRemainder())
                .thenAccepted("cr-1")
                .thenRequests(new Request.Refund(new RefundRequested(
                        Refund.idOf(ORDER_ID, Refund.REMAINDER_CANCELLED), 3000, Refund.REMAINDER_CANCELLED, NOW)))
                .thenDeadlinesCleared(new Deadline(Deadline.Kind.FULFILLMENT, NOW.plus(POLICY.fulfillmentTimeout())));
    }

    @Test
    void a_failed_fulfillment_asks_the_refund_of_what_was_paid() {
        givenCommands(basketOf5000(), new ApplyPayment("c-2", "p-1", 5000))
                .when(new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.FAILED, List.of(), "no stock"))
                .thenNoReply()
                .thenRequests(new Request.Refund(new RefundRequested(
                        Refund.idOf(ORDER_ID, Refund.FULFILLMENT_FAILED), 5000, Refund.FULFILLMENT_FAILED, NOW)));
    }

    @Test
    void a_payout_result_answers_nobody_and_asks_nothing() {
        givenCommands(payLater5000(), notice("s-1", 2000))
                .when(new RecordTransferResult("pr-1", Transfer.PAYOUT, PAYOUT_1, ChargeStatus.CAPTURED, "po_1", null))
                .thenNoReply()
                .thenRequests()
                .thenVersions(5L);
    }
}
