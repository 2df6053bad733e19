package io.orderstream.processor.domain;

import static io.orderstream.processor.domain.OrderFixtures.DECIDER;
import static io.orderstream.processor.domain.OrderFixtures.NOW;
import static io.orderstream.processor.domain.OrderFixtures.ORDER_ID;
import static io.orderstream.processor.domain.OrderFixtures.REQUEST_ID;
import static io.orderstream.processor.domain.OrderFixtures.basketOf5000;
import static io.orderstream.processor.domain.OrderFixtures.createAndPay5000;
import static io.orderstream.processor.domain.OrderFixtures.created;
import static io.orderstream.processor.domain.OrderFixtures.given;
import static io.orderstream.processor.domain.OrderFixtures.givenAt;
import static io.orderstream.processor.domain.OrderFixtures.inFulfillment;
import static io.orderstream.processor.domain.OrderFixtures.pendingPayment;
import static io.orderstream.processor.domain.OrderFixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.codes.RejectionCode;
import io.orderstream.platform.limits.OrderLimits;
import io.orderstream.processor.domain.Command.ApplyPayment;
import io.orderstream.processor.domain.Command.CancelOrder;
import io.orderstream.processor.domain.Command.ChargeStatus;
import io.orderstream.processor.domain.Command.ExpireCharge;
import io.orderstream.processor.domain.Command.ExpireFulfillment;
import io.orderstream.processor.domain.Command.RecordChargeResult;
import io.orderstream.processor.domain.Command.RecordFulfillmentResult;
import io.orderstream.processor.domain.Decision.Accepted;
import io.orderstream.processor.domain.Decision.Rejected;
import io.orderstream.processor.domain.Event.ChargeRequested;
import io.orderstream.processor.domain.Event.FulfillmentCompleted;
import io.orderstream.processor.domain.Event.FulfillmentRequested;
import io.orderstream.processor.domain.Event.OrderCancelled;
import io.orderstream.processor.domain.Event.OrderClosed;
import io.orderstream.processor.domain.Event.OrderCreated;
import io.orderstream.processor.domain.Event.OrderPaid;
import io.orderstream.processor.domain.Event.OrderRejected;
import io.orderstream.processor.domain.Event.PaymentApplied;
import io.orderstream.processor.domain.Event.RefundRequested;
import io.orderstream.processor.domain.Event.ShipmentRecorded;
import io.orderstream.processor.domain.RequestedFulfillment.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderDeciderTest {

    private static Decision when(Order order, Command command) {
        return DECIDER.decide(order, command, NOW);
    }

    private static String rejectionCode(Decision decision) {
        assertThat(decision).isInstanceOf(Rejected.class);
        return ((Rejected) decision).code();
    }

    private static RecordFulfillmentResult succeeded(RecordedShipment... shipments) {
        return new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.SUCCEEDED, List.of(shipments), null);
    }

    private static RecordFulfillmentResult failed(String reason) {
        return new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.FAILED, List.of(), reason);
    }

    @Nested
    class Create {

        @Test
        void a_valid_basket_creates_the_order_with_its_total() {
            assertThat(when(null, basketOf5000())).isEqualTo(Decision.accept(new OrderCreated("a@b.com", "EUR",
                    basketOf5000().lines(), 5000, false, NOW)));
        }

        @Test
        void the_created_order_is_CREATED_with_the_whole_total_due_at_version_1() {
            Order order = created();

            assertThat(order.status()).isEqualTo(Status.CREATED);
            assertThat(order.balanceDue()).isEqualTo(5000);
            assertThat(order.version()).isEqualTo(1);
            assertThat(order.createdAt()).isEqualTo(NOW);
        }

        @Test
        void another_command_creating_an_order_id_that_exists_is_rejected_as_order_exists() {
            var another = new Command.CreateOrder("c-other", "a@b.com", "EUR", basketOf5000().lines(), false);

            assertThat(rejectionCode(when(created(), another))).isEqualTo("order_exists");
        }

        @Test
        void the_created_order_remembers_the_command_that_created_it() {
            assertThat(created().commands()).isEqualTo(new AppliedCommands("c-1", List.of()));
        }

        @Test
        void an_invalid_basket_is_rejected_as_validation_failed() {
            var decision = when(null, new Command.CreateOrder("c-1", "not-an-email", "EUR", List.of(), false));

            assertThat(rejectionCode(decision)).isEqualTo("validation_failed");
            assertThat(((Rejected) decision).fieldErrors()).extracting(Decision.FieldError::field)
                    .containsExactly("customerEmail", "lines");
        }

        @Test
        void any_other_command_for_an_order_that_does_not_exist_is_rejected() {
            assertThat(rejectionCode(when(null, new CancelOrder("c-1", null)))).isEqualTo("order_not_found");
            assertThat(rejectionCode(when(null, failed("x")))).isEqualTo("order_not_found");
        }
    }

    @Nested
    class Pay {

        @Test
        void an_installment_lowers_the_balance_due() {
            Order order = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000));

            assertThat(order.paid()).isEqualTo(1000);
            assertThat(order.balanceDue()).isEqualTo(4000);
            assertThat(order.status()).isEqualTo(Status.CREATED);
        }

        @Test
        void the_installment_that_clears_the_balance_pays_the_order_and_requests_fulfillment() {
            var decision = when(given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000)),
                    new ApplyPayment("c-3", "p-2", 4000));

            assertThat(decision).isEqualTo(new Accepted(List.of(new PaymentApplied("p-2", 4000, NOW),
                    new OrderPaid(5000, NOW), new FulfillmentRequested(REQUEST_ID, 1, NOW))));
        }

        @Test
        void three_installments_of_1000_1000_3000_send_an_order_of_5000_to_fulfillment() {
            Order order = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000),
                    new ApplyPayment("c-3", "p-2", 1000), new ApplyPayment("c-4", "p-3", 3000));

            assertThat(order.status()).isEqualTo(Status.IN_FULFILLMENT);
            assertThat(order.paid()).isEqualTo(5000);
            assertThat(order.payments()).extracting(AppliedPayment::paymentId).containsExactly("p-1", "p-2", "p-3");
            assertThat(order.fulfillment()).isEqualTo(RequestedFulfillment.requested(REQUEST_ID, 1, NOW));
        }

        @Test
        void the_same_payment_id_with_the_same_amount_changes_nothing() {
            Order order = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000));

            assertThat(when(order, new ApplyPayment("c-3", "p-1", 1000))).isEqualTo(Decision.accept());
        }

        @Test
        void the_same_payment_id_again_after_the_order_is_paid_still_changes_nothing() {
            assertThat(when(inFulfillment(), new ApplyPayment("c-3", "p-1", 5000))).isEqualTo(Decision.accept());
        }

        @Test
        void the_same_payment_id_with_another_amount_is_a_conflict() {
            Order order = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000));

            assertThat(rejectionCode(when(order, new ApplyPayment("c-3", "p-1", 2000))))
                    .isEqualTo("payment_id_conflict");
        }

        @Test
        void more_than_the_balance_due_is_rejected() {
            assertThat(rejectionCode(when(created(), new ApplyPayment("c-2", "p-1", 5001))))
                    .isEqualTo("payment_exceeds_balance");
        }

        @Test
        void a_payment_that_is_not_positive_is_rejected() {
            assertThat(rejectionCode(when(created(), new ApplyPayment("c-2", "p-1", 0)))).isEqualTo("invalid_amount");
        }

        @Test
        void a_cancelled_order_takes_no_payment() {
            Order cancelled = given(basketOf5000(), new CancelOrder("c-2", null));

            assertThat(rejectionCode(when(cancelled, new ApplyPayment("c-3", "p-1", 1000)))).isEqualTo("invalid_state");
        }

        @Test
        void an_order_in_fulfillment_takes_no_further_payment() {
            assertThat(rejectionCode(when(inFulfillment(), new ApplyPayment("c-3", "p-2", 1))))
                    .isEqualTo("invalid_state");
        }

        @Test
        void a_closed_order_takes_no_payment() {
            Order closed = givenAt(NOW, inFulfillment(), failed("out_of_stock"));

            assertThat(rejectionCode(when(closed, new ApplyPayment("c-3", "p-2", 1)))).isEqualTo("invalid_state");
        }
    }

    @Nested
    class Cancel {

        @Test
        void an_unpaid_order_is_cancelled() {
            assertThat(when(created(), new CancelOrder("c-2", "changed my mind")))
                    .isEqualTo(Decision.accept(new OrderCancelled("changed my mind", NOW)));
        }

        @Test
        void a_cancelled_order_is_CANCELLED() {
            assertThat(given(basketOf5000(), new CancelOrder("c-2", null)).status()).isEqualTo(Status.CANCELLED);
        }

        @Test
        void an_order_with_a_payment_cannot_be_cancelled() {
            Order partlyPaid = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000));

            assertThat(rejectionCode(when(partlyPaid, new CancelOrder("c-3", null)))).isEqualTo("invalid_state");
        }

        @Test
        void a_cancelled_order_cannot_be_cancelled_again() {
            Order cancelled = given(basketOf5000(), new CancelOrder("c-2", null));

            assertThat(rejectionCode(when(cancelled, new CancelOrder("c-3", null)))).isEqualTo("invalid_state");
        }

        @Test
        void an_order_in_fulfillment_cannot_be_cancelled() {
            assertThat(rejectionCode(when(inFulfillment(), new CancelOrder("c-3", null)))).isEqualTo("invalid_state");
        }
    }

    @Nested
    class Fulfil {

        @Test
        void a_successful_result_records_the_shipments_and_closes_the_order() {
            var decision = when(inFulfillment(), succeeded(shipment("s-1", 2000), shipment("s-2", 3000)));

            assertThat(decision).isEqualTo(new Accepted(List.of(
                    new ShipmentRecorded(shipment("s-1", 2000)), new ShipmentRecorded(shipment("s-2", 3000)),
                    new FulfillmentCompleted(Outcome.SUCCEEDED, null, NOW), new OrderClosed(Outcome.SUCCEEDED, NOW))));
        }

        @Test
        void a_closed_successful_order_keeps_shipments_and_result() {
            Order closed = givenAt(NOW, inFulfillment(), succeeded(shipment("s-1", 5000)));

            assertThat(closed.status()).isEqualTo(Status.CLOSED);
            assertThat(closed.shipped()).isEqualTo(5000);
            assertThat(closed.fulfillment().outcome()).isEqualTo(Outcome.SUCCEEDED);
            assertThat(closed.fulfillment().completedAt()).isEqualTo(NOW);
        }

        @Test
        void a_failed_result_closes_the_order_as_failed_with_the_reason() {
            Order closed = givenAt(NOW, inFulfillment(), failed("out_of_stock"));

            assertThat(closed.status()).isEqualTo(Status.CLOSED);
            assertThat(closed.fulfillment().outcome()).isEqualTo(Outcome.FAILED);
            assertThat(closed.fulfillment().reason()).isEqualTo("out_of_stock");
            assertThat(closed.shipments()).isEmpty();
        }

        @Test
        void shipments_over_the_total_are_rejected() {
            assertThat(rejectionCode(when(inFulfillment(), succeeded(shipment("s-1", 3000), shipment("s-2", 3000)))))
                    .isEqualTo("shipment_exceeds_total");
        }

        @Test
        void a_success_that_ships_less_than_the_total_is_rejected() {
            assertThat(rejectionCode(when(inFulfillment(), succeeded(shipment("s-1", 3000)))))
                    .isEqualTo("shipments_incomplete");
        }

        @Test
        void a_result_for_another_request_is_rejected() {
            var foreign = new RecordFulfillmentResult("r-1", "other", Outcome.FAILED, List.of(), "x");

            assertThat(rejectionCode(when(inFulfillment(), foreign))).isEqualTo("unknown_fulfillment_request");
        }

        @Test
        void a_result_for_an_order_never_sent_to_fulfillment_is_rejected() {
            assertThat(rejectionCode(when(created(), failed("x")))).isEqualTo("unknown_fulfillment_request");
        }

        @Test
        void a_repeated_result_after_closing_changes_nothing() {
            Order closed = givenAt(NOW, inFulfillment(), succeeded(shipment("s-1", 5000)));

            assertThat(when(closed, succeeded(shipment("s-1", 5000)))).isEqualTo(Decision.accept());
        }
    }

    @Nested
    class FulfillmentTimeout {

        private final Instant due = NOW.plusSeconds(60);

        @Test
        void before_the_deadline_nothing_happens() {
            assertThat(DECIDER.decide(inFulfillment(), new ExpireFulfillment("e-1"), due.minusMillis(1)))
                    .isEqualTo(Decision.accept());
        }

        @Test
        void at_the_deadline_fulfillment_is_requested_again_with_the_same_request_id() {
            assertThat(DECIDER.decide(inFulfillment(), new ExpireFulfillment("e-1"), due))
                    .isEqualTo(Decision.accept(new FulfillmentRequested(REQUEST_ID, 2, due)));
        }

        @Test
        void after_the_last_attempt_the_order_closes_as_failed_by_timeout_and_refunds_what_was_paid() {
            Order third = givenAt(NOW.plusSeconds(120), givenAt(due, inFulfillment(), new ExpireFulfillment("e-1")),
                    new ExpireFulfillment("e-2"));
            assertThat(third.fulfillment().attempts()).isEqualTo(3);

            Instant last = NOW.plusSeconds(180);
            assertThat(DECIDER.decide(third, new ExpireFulfillment("e-3"), last)).isEqualTo(Decision.accept(
                    new FulfillmentCompleted(Outcome.FAILED, RequestedFulfillment.TIMEOUT_REASON, last),
                    new RefundRequested(Refund.idOf(ORDER_ID, Refund.FULFILLMENT_FAILED), 5000,
                            Refund.FULFILLMENT_FAILED, last),
                    new OrderClosed(Outcome.FAILED, last)));
        }

        @Test
        void an_order_answered_meanwhile_is_left_alone() {
            Order closed = givenAt(NOW, inFulfillment(), failed("out_of_stock"));

            assertThat(DECIDER.decide(closed, new ExpireFulfillment("e-1"), due)).isEqualTo(Decision.accept());
        }
    }

    /** order-api sends a command again under the same id after it lost what it knew: answered as the first time. */
    @Nested
    class DeliveredAgain {

        private static RecordChargeResult charge(ChargeStatus status, String code) {
            return new RecordChargeResult("r-1", "c-1", status, status == ChargeStatus.CAPTURED ? "ch_1" : null,
                    code, code);
        }

        @Test
        void the_create_that_made_the_order_is_accepted_again_and_changes_nothing() {
            assertThat(when(created(), basketOf5000())).isEqualTo(Decision.accept());
        }

        @Test
        void the_create_is_accepted_again_whatever_became_of_the_order_since() {
            Order cancelled = given(basketOf5000(), new CancelOrder("c-2", null));

            assertThat(when(cancelled, basketOf5000())).isEqualTo(Decision.accept());
            assertThat(when(inFulfillment(), basketOf5000())).isEqualTo(Decision.accept());
        }

        @Test
        void a_create_and_pay_whose_charge_is_pending_is_left_to_the_charge_to_answer() {
            assertThat(when(pendingPayment(), createAndPay5000())).isEqualTo(Decision.defer());
        }

        @Test
        void a_create_and_pay_whose_charge_was_captured_is_accepted() {
            Order paid = givenAt(NOW, pendingPayment(), charge(ChargeStatus.CAPTURED, null));

            assertThat(when(paid, createAndPay5000())).isEqualTo(Decision.accept());
        }

        @Test
        void a_create_and_pay_whose_charge_was_declined_gets_the_same_payment_declined() {
            Order rejected = givenAt(NOW, pendingPayment(), charge(ChargeStatus.DECLINED, "insufficient_funds"));

            assertThat(when(rejected, createAndPay5000())).isEqualTo(Decision.reject(RejectionCode.PAYMENT_DECLINED,
                    new ChargeRejection("payment_declined", "insufficient_funds").message()));
        }

        @Test
        void a_create_and_pay_whose_charge_failed_gets_the_same_payment_failed() {
            Order rejected = givenAt(NOW, pendingPayment(), charge(ChargeStatus.FAILED, "network"));

            assertThat(when(rejected, createAndPay5000())).isEqualTo(Decision.reject(RejectionCode.PAYMENT_FAILED,
                    "The payment was not captured: network"));
        }

        @Test
        void a_create_and_pay_whose_charge_timed_out_gets_the_same_payment_failed() {
            Order order = pendingPayment();
            Instant at = NOW;
            for (int attempt = 2; attempt <= 6; attempt++) {
                at = at.plusSeconds(30);
                order = givenAt(at, order, new ExpireCharge("e-" + attempt));
            }
            assertThat(order.status()).isEqualTo(Status.REJECTED);

            assertThat(when(order, createAndPay5000())).isEqualTo(Decision.reject(RejectionCode.PAYMENT_FAILED,
                    "The payment was not captured: payment_timeout"));
        }

        @Test
        void a_create_rejected_before_its_reason_was_kept_is_answered_order_exists_as_before() {
            Order rejected = givenAt(NOW, pendingPayment(), charge(ChargeStatus.DECLINED, "insufficient_funds"));
            Order fromAnOlderSnapshot = new Order(rejected.id(), rejected.customerEmail(), rejected.currency(),
                    rejected.status(), rejected.lines(), rejected.total(), rejected.paid(), rejected.payments(),
                    rejected.shipments(), rejected.fulfillment(), rejected.charge(), rejected.version(),
                    rejected.createdAt(), rejected.updatedAt(), rejected.commands(), null);

            assertThat(rejectionCode(when(fromAnOlderSnapshot, createAndPay5000()))).isEqualTo("order_exists");
        }

        @Test
        void a_cancel_is_accepted_again_and_changes_nothing() {
            Order cancelled = given(basketOf5000(), new CancelOrder("c-2", "changed my mind"));

            assertThat(when(cancelled, new CancelOrder("c-2", "changed my mind"))).isEqualTo(Decision.accept());
        }

        @Test
        void another_cancel_of_a_cancelled_order_is_still_invalid_state() {
            Order cancelled = given(basketOf5000(), new CancelOrder("c-2", null));

            assertThat(rejectionCode(when(cancelled, new CancelOrder("c-3", null)))).isEqualTo("invalid_state");
        }

        @Test
        void a_payment_is_accepted_again_and_changes_nothing_even_once_the_order_is_paid() {
            assertThat(when(inFulfillment(), new ApplyPayment("c-2", "p-1", 5000))).isEqualTo(Decision.accept());
        }

        @Test
        void the_order_remembers_the_commands_applied_to_it_in_order() {
            Order order = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000),
                    new ApplyPayment("c-3", "p-2", 4000));

            assertThat(order.commands()).isEqualTo(new AppliedCommands("c-1", List.of("c-2", "c-3")));
        }

        @Test
        void a_refused_command_is_not_remembered_and_is_decided_again() {
            Order partlyPaid = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000));
            assertThat(rejectionCode(when(partlyPaid, new CancelOrder("c-3", null)))).isEqualTo("invalid_state");

            assertThat(partlyPaid.commands().hasApplied("c-3")).isFalse();
            assertThat(rejectionCode(when(partlyPaid, new CancelOrder("c-3", null)))).isEqualTo("invalid_state");
        }

        @Test
        void a_command_that_changed_nothing_is_not_remembered() {
            Order order = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000),
                    new ApplyPayment("c-3", "p-1", 1000));

            assertThat(order.commands().applied()).containsExactly("c-2");
        }

        @Test
        void the_answers_of_the_warehouse_and_the_payment_worker_are_not_remembered_as_commands() {
            Order paid = givenAt(NOW, pendingPayment(), charge(ChargeStatus.CAPTURED, null));

            assertThat(paid.commands()).isEqualTo(new AppliedCommands("c-1", List.of()));
        }
    }

    @Nested
    class Bounds {

        private static Decision.FieldError onlyFieldError(Decision decision) {
            assertThat(rejectionCode(decision)).isEqualTo("validation_failed");
            return ((Rejected) decision).fieldErrors().getFirst();
        }

        @Test
        void a_payment_id_of_600000_characters_is_refused_naming_the_field() {
            var error = onlyFieldError(when(created(), new ApplyPayment("c-2", "a".repeat(600_000), 1)));

            assertThat(error.field()).isEqualTo("paymentId");
            assertThat(error.code()).isEqualTo("payment_id_invalid");
        }

        @Test
        void a_payment_id_of_64_characters_is_allowed_and_65_is_not() {
            assertThat(when(created(), new ApplyPayment("c-2", "p".repeat(64), 1))).isInstanceOf(Accepted.class);
            assertThat(onlyFieldError(when(created(), new ApplyPayment("c-2", "p".repeat(65), 1))).field())
                    .isEqualTo("paymentId");
        }

        @Test
        void a_payment_id_with_a_nul_character_is_refused_as_control_character() {
            assertThat(onlyFieldError(when(created(), new ApplyPayment("c-2", "p\u00001", 1))).code())
                    .isEqualTo("control_character");
        }

        @Test
        void the_101st_payment_of_an_order_is_refused_as_order_limit_reached() {
            Order order = created();
            for (int i = 0; i < OrderLimits.MAX_PAYMENTS_PER_ORDER; i++) {
                order = givenAt(NOW, order, new ApplyPayment("c-" + i, "p-" + i, 1));
            }

            assertThat(rejectionCode(when(order, new ApplyPayment("c-x", "p-x", 1))))
                    .isEqualTo("order_limit_reached");
            assertThat(when(order, new ApplyPayment("c-y", "p-0", 1))).isEqualTo(Decision.accept());
        }

        @Test
        void a_cancel_reason_with_a_control_character_or_over_500_characters_is_refused() {
            assertThat(onlyFieldError(when(created(), new CancelOrder("c-2", "changed\u0000mind"))).code())
                    .isEqualTo("control_character");
            assertThat(onlyFieldError(when(created(), new CancelOrder("c-2", "r".repeat(501)))))
                    .extracting(Decision.FieldError::field, Decision.FieldError::code)
                    .containsExactly("reason", "reason_too_long");
            assertThat(when(created(), new CancelOrder("c-2", "r".repeat(500)))).isInstanceOf(Accepted.class);
        }

        @Test
        void an_order_id_over_64_characters_or_with_control_characters_is_invalid() {
            assertThat(OrderDecider.checkIds("c-1", "o".repeat(64))).isEmpty();
            assertThat(OrderDecider.checkIds("c-1", "o".repeat(65))).extracting(Decision.FieldError::code)
                    .containsExactly("order_id_invalid");
            assertThat(OrderDecider.checkIds("c-1", "o\u0000")).hasSize(1);
        }

        @Test
        void a_command_id_over_64_characters_or_with_control_characters_is_invalid_as_the_order_remembers_it() {
            assertThat(OrderDecider.checkIds("c".repeat(64), ORDER_ID)).isEmpty();
            assertThat(OrderDecider.checkIds("c".repeat(65), ORDER_ID)).extracting(Decision.FieldError::code)
                    .containsExactly("command_id_invalid");
            assertThat(OrderDecider.checkIds("c\u0007", ORDER_ID)).extracting(Decision.FieldError::field)
                    .containsExactly("commandId");
        }

        @Test
        void a_shipment_id_over_64_characters_is_refused() {
            var result = new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.SUCCEEDED,
                    List.of(shipment("s".repeat(65), 5000)), null);

            assertThat(onlyFieldError(when(inFulfillment(), result)).field()).isEqualTo("shipments[0].shipmentId");
        }

        @Test
        void shipments_whose_amounts_would_overflow_a_long_are_refused_not_wrapped() {
            var result = new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.SUCCEEDED,
                    List.of(shipment("s-1", Long.MAX_VALUE), shipment("s-2", Long.MAX_VALUE),
                            shipment("s-3", 5000 - 2 * Long.MAX_VALUE)), null);

            assertThat(rejectionCode(when(inFulfillment(), result))).isEqualTo("invalid_amount");
        }

        @Test
        void more_than_100_shipments_are_refused() {
            var many = java.util.stream.IntStream.range(0, 101).mapToObj(i -> shipment("s-" + i, 1)).toList();
            var result = new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.SUCCEEDED, many, null);

            assertThat(onlyFieldError(when(inFulfillment(), result)).code()).isEqualTo("shipments_count_out_of_range");
        }

        @Test
        void a_failure_reason_of_the_warehouse_over_500_characters_is_refused_as_a_cancel_reason_is() {
            var result = new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.FAILED, List.of(), "x".repeat(501));

            assertThat(onlyFieldError(when(inFulfillment(), result)))
                    .extracting(Decision.FieldError::field, Decision.FieldError::code)
                    .containsExactly("reason", "reason_too_long");
        }

        @Test
        void a_shipped_sku_is_held_to_the_rule_of_a_clients_sku() {
            var tooLong = new RecordedShipment("s-1", 5000,
                    List.of(new RecordedShipment.ShippedLine("k".repeat(65), 1)), NOW);
            var withControl = new RecordedShipment("s-1", 5000,
                    List.of(new RecordedShipment.ShippedLine("SKU\u00001", 1)), NOW);

            assertThat(onlyFieldError(when(inFulfillment(), succeeded(tooLong))))
                    .extracting(Decision.FieldError::field, Decision.FieldError::code)
                    .containsExactly("shipments[0].lines[0].sku", "sku_too_long");
            assertThat(onlyFieldError(when(inFulfillment(), succeeded(withControl))).code())
                    .isEqualTo("control_character");
        }

        @Test
        void a_captured_charge_without_a_charge_id_is_refused() {
            var result = new RecordChargeResult("r-1", "c-1", ChargeStatus.CAPTURED, null, null, null);

            assertThat(onlyFieldError(when(pendingPayment(), result)).field()).isEqualTo("chargeId");
        }
    }

    @Nested
    class CreateAndPay {

        private static RecordChargeResult charge(ChargeStatus status, String code) {
            return new RecordChargeResult("r-1", "c-1", status, status == ChargeStatus.CAPTURED ? "ch_1" : null,
                    code, code);
        }

        @Test
        void a_valid_create_and_pay_waits_hidden_for_its_charge() {
            assertThat(when(null, createAndPay5000())).isEqualTo(Decision.defer(
                    new OrderCreated("a@b.com", "EUR", basketOf5000().lines(), 5000, true, NOW),
                    new ChargeRequested("c-1", 5000, 1, NOW)));
            Order pending = pendingPayment();
            assertThat(pending.status()).isEqualTo(Status.PENDING_PAYMENT);
            assertThat(pending.charge().idempotencyKey()).isEqualTo(PendingCharge.idempotencyKeyOf(ORDER_ID));
        }

        @Test
        void a_captured_charge_pays_the_order_and_sends_it_to_fulfillment() {
            assertThat(when(pendingPayment(), charge(ChargeStatus.CAPTURED, null))).isEqualTo(Decision.accept(
                    new PaymentApplied("ch_1", 5000, NOW), new OrderPaid(5000, NOW),
                    new FulfillmentRequested(REQUEST_ID, 1, NOW)));
        }

        @Test
        void a_declined_charge_rejects_the_order() {
            Order rejected = givenAt(NOW, pendingPayment(), charge(ChargeStatus.DECLINED, "insufficient_funds"));

            assertThat(rejected.status()).isEqualTo(Status.REJECTED);
            assertThat(rejected.paid()).isZero();
        }

        @Test
        void a_charge_the_provider_refuses_rejects_the_order_as_declined() {
            assertThat(when(pendingPayment(), charge(ChargeStatus.REJECTED, "customer_not_found")))
                    .isEqualTo(Decision.accept(new OrderRejected("payment_declined", "customer_not_found", NOW)));
        }

        @Test
        void a_failed_charge_rejects_the_order_as_payment_failed() {
            assertThat(when(pendingPayment(), charge(ChargeStatus.FAILED, "network")))
                    .isEqualTo(Decision.accept(new OrderRejected("payment_failed", "network", NOW)));
        }

        @Test
        void a_repeated_charge_result_changes_nothing() {
            Order paid = givenAt(NOW, pendingPayment(), charge(ChargeStatus.CAPTURED, null));

            assertThat(when(paid, charge(ChargeStatus.CAPTURED, null))).isEqualTo(Decision.accept());
        }

        @Test
        void a_result_for_another_charge_is_rejected() {
            var foreign = new RecordChargeResult("r-1", "other", ChargeStatus.CAPTURED, "ch", null, null);

            assertThat(rejectionCode(when(pendingPayment(), foreign))).isEqualTo("unknown_charge_request");
        }

        @Test
        void an_order_waiting_for_its_charge_takes_no_installment_and_cannot_be_cancelled() {
            assertThat(rejectionCode(when(pendingPayment(), new ApplyPayment("c-2", "p-1", 100))))
                    .isEqualTo("invalid_state");
            assertThat(rejectionCode(when(pendingPayment(), new CancelOrder("c-2", null)))).isEqualTo("invalid_state");
        }

        @Test
        void an_unanswered_charge_is_asked_again_with_the_same_request_after_the_timeout() {
            Instant due = NOW.plusSeconds(30);

            assertThat(DECIDER.decide(pendingPayment(), new ExpireCharge("e-1"), due.minusMillis(1)))
                    .isEqualTo(Decision.accept());
            assertThat(DECIDER.decide(pendingPayment(), new ExpireCharge("e-1"), due))
                    .isEqualTo(Decision.accept(new ChargeRequested("c-1", 5000, 2, due)));
        }

        @Test
        void after_the_last_charge_attempt_the_order_is_rejected_as_payment_failed() {
            Order order = pendingPayment();
            Instant at = NOW;
            for (int attempt = 2; attempt <= 5; attempt++) {
                at = at.plusSeconds(30);
                order = givenAt(at, order, new ExpireCharge("e-" + attempt));
            }
            assertThat(order.charge().attempts()).isEqualTo(5);

            Instant last = at.plusSeconds(30);
            assertThat(DECIDER.decide(order, new ExpireCharge("e-6"), last))
                    .isEqualTo(Decision.accept(new OrderRejected("payment_failed", "payment_timeout", last)));
        }
    }
}
