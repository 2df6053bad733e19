package io.orderstream.processor.domain;

import static io.orderstream.processor.domain.OrderFixtures.NOW;
import static io.orderstream.processor.domain.OrderFixtures.POLICY;
import static io.orderstream.processor.domain.OrderFixtures.REQUEST_ID;
import static io.orderstream.processor.domain.OrderFixtures.basketOf5000;
import static io.orderstream.processor.domain.OrderFixtures.createAndPay5000;
import static io.orderstream.processor.domain.OrderScenario.given;
import static io.orderstream.processor.domain.OrderScenario.givenCommands;
import static io.orderstream.processor.domain.OrderScenario.givenNoOrder;

import io.orderstream.processor.domain.Command.ApplyPayment;
import io.orderstream.processor.domain.Command.CancelOrder;
import io.orderstream.processor.domain.Command.ChargeStatus;
import io.orderstream.processor.domain.Command.ExpireCharge;
import io.orderstream.processor.domain.Command.ExpireFulfillment;
import io.orderstream.processor.domain.Command.RecordChargeResult;
import io.orderstream.processor.domain.Command.RecordFulfillmentResult;
import io.orderstream.processor.domain.Event.ChargeRequested;
import io.orderstream.processor.domain.Event.FulfillmentRequested;
import io.orderstream.processor.domain.Event.OrderCreated;
import io.orderstream.processor.domain.Event.OrderPaid;
import io.orderstream.processor.domain.Event.OrderRejected;
import io.orderstream.processor.domain.Event.PaymentApplied;
import io.orderstream.processor.domain.Reactions.Deadline;
import io.orderstream.processor.domain.Reactions.Deadline.Kind;
import io.orderstream.processor.domain.Reactions.Reply;
import io.orderstream.processor.domain.Reactions.Request;
import io.orderstream.processor.domain.RequestedFulfillment.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What follows a decision: the reply, the requests, the deadlines set and cleared, the events' versions. */
class OrderReactionsTest {

    private static final String CHARGE_ID = "charge-request-1";
    private static final Instant CHARGE_DUE = NOW.plus(POLICY.chargeTimeout());
    private static final Instant FULFILLMENT_DUE = NOW.plus(POLICY.fulfillmentTimeout());

    private static OrderCreated createdAndPay() {
        return new OrderCreated("a@b.com", "EUR", basketOf5000().lines(), 5000, true, NOW);
    }

    private static OrderCreated created() {
        return new OrderCreated("a@b.com", "EUR", basketOf5000().lines(), 5000, false, NOW);
    }

    /** A create-and-pay order waiting for its charge, asked under a request id of its own. */
    private static OrderScenario chargePending() {
        return given(createdAndPay(), new ChargeRequested(CHARGE_ID, 5000, 1, NOW)).createdBy("create-1");
    }

    private static RecordChargeResult charge(ChargeStatus status) {
        return new RecordChargeResult("payment-result/1", CHARGE_ID, status, "ch-1", "card_declined", "timeout");
    }

    @Nested
    class TheReply {

        @Test
        void a_clients_accepted_command_is_answered_accepted_under_its_own_id() {
            givenNoOrder().when(basketOf5000())
                    .thenAccepted("c-1");
        }

        @Test
        void a_clients_refused_command_is_answered_rejected_with_the_refusals_code() {
            givenCommands(basketOf5000()).when(new ApplyPayment("c-2", "p-1", 9000))
                    .thenRejected("payment_exceeds_balance")
                    .thenReply("c-2", Reply.Outcome.REJECTED, "payment_exceeds_balance");
        }

        @Test
        void a_create_and_pay_is_not_answered_while_its_charge_is_pending() {
            givenNoOrder().when(createAndPay5000())
                    .thenNoReply();
        }

        @Test
        void a_captured_charge_answers_the_command_that_created_the_order_accepted() {
            chargePending().when(charge(ChargeStatus.CAPTURED))
                    .thenAccepted("create-1");
        }

        @Test
        void a_declined_charge_answers_the_creating_command_rejected_with_why() {
            chargePending().when(charge(ChargeStatus.DECLINED))
                    .thenEvents(new OrderRejected("payment_declined", "card_declined", NOW))
                    .thenReply("create-1", Reply.Outcome.REJECTED, "payment_declined");
        }

        @Test
        void a_charge_whose_last_attempt_expires_answers_the_creating_command_rejected() {
            Instant late = NOW.plus(POLICY.chargeTimeout());
            given(createdAndPay(), new ChargeRequested(CHARGE_ID, 5000, POLICY.chargeAttempts(), NOW))
                    .createdBy("create-1")
                    .whenAt(late, new ExpireCharge("expire-1"))
                    .thenReply("create-1", Reply.Outcome.REJECTED, "payment_failed");
        }

        @Test
        void a_charge_asked_again_after_its_deadline_answers_nobody_yet() {
            chargePending().whenAt(CHARGE_DUE, new ExpireCharge("expire-1"))
                    .thenEvents(new ChargeRequested(CHARGE_ID, 5000, 2, CHARGE_DUE))
                    .thenNoReply();
        }

        @Test
        void an_order_from_before_its_creator_was_kept_is_answered_under_its_charges_request_id() {
            given(createdAndPay(), new ChargeRequested(CHARGE_ID, 5000, 1, NOW)).when(charge(ChargeStatus.CAPTURED))
                    .thenAccepted(CHARGE_ID);
        }

        @Test
        void a_payment_that_pays_in_full_answers_the_payment_not_the_creator() {
            given(created()).createdBy("create-1").when(new ApplyPayment("pay-1", "p-1", 5000))
                    .thenAccepted("pay-1");
        }

        @Test
        void a_warehouse_answer_answers_nobody() {
            givenCommands(basketOf5000(), new ApplyPayment("c-2", "p-1", 5000))
                    .when(new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.FAILED, List.of(), "no stock"))
                    .thenNoReply();
        }

        @Test
        void a_refused_answer_of_the_payment_worker_answers_nobody() {
            givenCommands(basketOf5000()).when(charge(ChargeStatus.CAPTURED))
                    .thenRejected("unknown_charge_request")
                    .thenNothingFollows();
        }
    }

    @Nested
    class RequestsAndDeadlines {

        @Test
        void a_create_and_pay_asks_for_its_charge_and_waits_until_the_charge_timeout() {
            givenNoOrder().when(createAndPay5000())
                    .thenRequests(new Request.Charge(new ChargeRequested("c-1", 5000, 1, NOW)))
                    .thenDeadlinesSet(new Deadline(Kind.CHARGE, CHARGE_DUE));
        }

        @Test
        void a_payment_in_full_asks_the_warehouse_and_waits_until_the_fulfillment_timeout() {
            givenCommands(basketOf5000()).when(new ApplyPayment("c-2", "p-1", 5000))
                    .thenRequests(new Request.Fulfil(new FulfillmentRequested(REQUEST_ID, 1, NOW)))
                    .thenDeadlinesSet(new Deadline(Kind.FULFILLMENT, FULFILLMENT_DUE));
        }

        @Test
        void an_expired_fulfillment_is_asked_again_with_a_new_deadline() {
            givenCommands(basketOf5000(), new ApplyPayment("c-2", "p-1", 5000))
                    .whenAt(FULFILLMENT_DUE, new ExpireFulfillment("expire-1"))
                    .thenRequests(new Request.Fulfil(new FulfillmentRequested(REQUEST_ID, 2, FULFILLMENT_DUE)))
                    .thenDeadlinesSet(new Deadline(Kind.FULFILLMENT, FULFILLMENT_DUE.plus(POLICY.fulfillmentTimeout())));
        }

        @Test
        void a_settled_charge_clears_its_deadline() {
            chargePending().when(charge(ChargeStatus.CAPTURED))
                    .thenDeadlinesCleared(new Deadline(Kind.CHARGE, CHARGE_DUE));
        }

        @Test
        void a_warehouse_answer_clears_the_fulfillment_deadline() {
            givenCommands(basketOf5000(), new ApplyPayment("c-2", "p-1", 5000))
                    .when(new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.FAILED, List.of(), "no stock"))
                    .thenDeadlinesCleared(new Deadline(Kind.FULFILLMENT, FULFILLMENT_DUE))
                    .thenDeadlinesSet();
        }

        @Test
        void a_refused_command_sends_nothing_and_sets_no_deadline() {
            givenCommands(basketOf5000()).when(new CancelOrder("c-2", "x".repeat(10_000)))
                    .thenRejected("validation_failed")
                    .thenRequests()
                    .thenDeadlinesSet()
                    .thenDeadlinesCleared();
        }
    }

    @Nested
    class Versions {

        @Test
        void the_creating_event_is_version_1() {
            givenNoOrder().when(basketOf5000())
                    .thenVersions(1L);
        }

        @Test
        void the_events_of_a_command_follow_the_orders_version_without_gaps() {
            given(created()).when(new ApplyPayment("c-2", "p-1", 5000))
                    .thenEvents(new PaymentApplied("p-1", 5000, NOW), new OrderPaid(5000, NOW),
                            new FulfillmentRequested(REQUEST_ID, 1, NOW))
                    .thenVersions(2L, 3L, 4L);
        }

        @Test
        void a_command_that_changes_nothing_numbers_nothing() {
            givenCommands(basketOf5000()).when(basketOf5000())
                    .thenAccepted("c-1")
                    .thenVersions();
        }
    }

    @Nested
    class ACommandDeliveredAgain {

        private static RecordChargeResult settled(ChargeStatus status) {
            return new RecordChargeResult("payment-result/c-1", "c-1", status, "ch-1", "card_declined", null);
        }

        @Test
        void a_create_and_pay_whose_charge_is_pending_is_answered_by_nobody_and_asks_nothing_again() {
            givenCommands(createAndPay5000()).when(createAndPay5000())
                    .thenNothingFollows();
        }

        @Test
        void a_paid_create_and_pay_is_answered_accepted_again_and_asks_nothing() {
            givenCommands(createAndPay5000(), settled(ChargeStatus.CAPTURED)).when(createAndPay5000())
                    .thenAccepted("c-1")
                    .thenRequests()
                    .thenVersions();
        }

        @Test
        void a_declined_create_and_pay_is_answered_with_the_same_refusal() {
            var again = givenCommands(createAndPay5000(), settled(ChargeStatus.DECLINED)).when(createAndPay5000())
                    .thenReply("c-1", Reply.Outcome.REJECTED, "payment_declined")
                    .thenVersions();

            org.assertj.core.api.Assertions.assertThat(again.reactions().reply().orElseThrow().message())
                    .isEqualTo(new ChargeRejection("payment_declined", "card_declined").message());
        }

        @Test
        void a_cancel_is_answered_accepted_again_and_numbers_nothing() {
            givenCommands(basketOf5000(), new CancelOrder("c-cancel", "changed my mind"))
                    .when(new CancelOrder("c-cancel", "changed my mind"))
                    .thenAccepted("c-cancel")
                    .thenVersions();
        }
    }
}
