package io.orderstream.processor.domain;

import static io.orderstream.processor.domain.MerchantFixtures.MERCHANT;
import static io.orderstream.processor.domain.MerchantFixtures.OTHER_MERCHANT;
import static io.orderstream.processor.domain.MerchantFixtures.cancelRemainder;
import static io.orderstream.processor.domain.MerchantFixtures.notice;
import static io.orderstream.processor.domain.MerchantFixtures.payLater5000;
import static io.orderstream.processor.domain.MerchantFixtures.payLaterCreated;
import static io.orderstream.processor.domain.MerchantFixtures.payLaterPartlyShipped;
import static io.orderstream.processor.domain.MerchantFixtures.payment;
import static io.orderstream.processor.domain.MerchantFixtures.prepaid5000;
import static io.orderstream.processor.domain.MerchantFixtures.prepaidPaid;
import static io.orderstream.processor.domain.OrderFixtures.DECIDER;
import static io.orderstream.processor.domain.OrderFixtures.NOW;
import static io.orderstream.processor.domain.OrderFixtures.ORDER_ID;
import static io.orderstream.processor.domain.OrderFixtures.REQUEST_ID;
import static io.orderstream.processor.domain.OrderFixtures.basketOf5000;
import static io.orderstream.processor.domain.OrderFixtures.given;
import static io.orderstream.processor.domain.OrderFixtures.givenAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.processor.domain.Command.ApplyPayment;
import io.orderstream.processor.domain.Command.CancelOrder;
import io.orderstream.processor.domain.Command.ChargeStatus;
import io.orderstream.processor.domain.Command.CreateOrder;
import io.orderstream.processor.domain.Command.RecordFulfillmentResult;
import io.orderstream.processor.domain.Command.RecordShipment;
import io.orderstream.processor.domain.Command.RecordTransferResult;
import io.orderstream.processor.domain.Command.Transfer;
import io.orderstream.processor.domain.Decision.Rejected;
import io.orderstream.processor.domain.Event.FulfillmentCompleted;
import io.orderstream.processor.domain.Event.InvoiceIssued;
import io.orderstream.processor.domain.Event.OrderCancelled;
import io.orderstream.processor.domain.Event.OrderClosed;
import io.orderstream.processor.domain.Event.OrderCreated;
import io.orderstream.processor.domain.Event.OrderShipped;
import io.orderstream.processor.domain.Event.PaymentApplied;
import io.orderstream.processor.domain.Event.PayoutRequested;
import io.orderstream.processor.domain.Event.PayoutSettled;
import io.orderstream.processor.domain.Event.RefundRequested;
import io.orderstream.processor.domain.Event.RefundSettled;
import io.orderstream.processor.domain.Event.RemainderCancelled;
import io.orderstream.processor.domain.Event.ShipmentRecorded;
import io.orderstream.processor.domain.RecordedShipment.ShippedLine;
import io.orderstream.processor.domain.RequestedFulfillment.Outcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The decider's rules for merchants' orders: ownership, pay-later, shipment notices, payouts, invoices, refunds. */
class MerchantOrderDeciderTest {

    private static final String PAYOUT_1 = Payout.idOf(ORDER_ID, "s-1");

    private static Decision when(Order order, Command command) {
        return DECIDER.decide(order, command, NOW);
    }

    private static Rejected rejected(Decision decision) {
        assertThat(decision).isInstanceOf(Rejected.class);
        return (Rejected) decision;
    }

    private static RecordShipment noticeWith(String shipmentId, long amount, String invoiceNumber, String tracking) {
        return new RecordShipment("ship-" + shipmentId, shipmentId, amount, List.of(), invoiceNumber, tracking,
                MERCHANT);
    }

    private static RecordTransferResult payoutResult(String payoutId, ChargeStatus status) {
        return new RecordTransferResult("payment-result/" + payoutId, Transfer.PAYOUT, payoutId, status,
                status == ChargeStatus.CAPTURED ? "po_1" : null,
                status == ChargeStatus.CAPTURED ? null : "account_closed");
    }

    @Nested
    class Create {

        @Test
        void a_merchants_pay_later_order_is_created_with_its_merchant_fee_and_terms() {
            assertThat(when(null, payLater5000())).isEqualTo(Decision.accept(new OrderCreated("a@b.com", "EUR",
                    basketOf5000().lines(), 5000, false, new OrderTerms(MERCHANT, 250, PaymentTerms.INVOICE), NOW)));
        }

        @Test
        void a_pay_later_order_is_CREATED_with_nothing_invoiced() {
            Order order = payLaterCreated();

            assertThat(order.status()).isEqualTo(Status.CREATED);
            assertThat(order.invoiced()).isZero();
            assertThat(order.fulfillment()).isNull();
        }

        @Test
        void pay_later_for_the_platforms_own_shop_is_refused() {
            var shop = new CreateOrder("c-1", "a@b.com", "EUR", basketOf5000().lines(), false, null, 0,
                    PaymentTerms.INVOICE);

            assertThat(rejected(when(null, shop)).fieldErrors()).extracting(Decision.FieldError::field)
                    .containsExactly("paymentTerms");
        }

        @Test
        void pay_later_with_pay_now_is_refused() {
            var both = new CreateOrder("c-1", "a@b.com", "EUR", basketOf5000().lines(), true, MERCHANT, 0,
                    PaymentTerms.INVOICE);

            assertThat(rejected(when(null, both)).fieldErrors()).extracting(Decision.FieldError::field)
                    .containsExactly("paymentTerms");
        }

        @Test
        void a_fee_above_10000_basis_points_is_refused() {
            var greedy = new CreateOrder("c-1", "a@b.com", "EUR", basketOf5000().lines(), false, MERCHANT, 10_001,
                    PaymentTerms.PREPAID);

            assertThat(rejected(when(null, greedy)).fieldErrors()).extracting(Decision.FieldError::field)
                    .containsExactly("merchantFeeBasisPoints");
        }

        @Test
        void a_negative_fee_is_refused() {
            var negative = new CreateOrder("c-1", "a@b.com", "EUR", basketOf5000().lines(), false, MERCHANT, -1,
                    PaymentTerms.PREPAID);

            assertThat(rejected(when(null, negative)).code()).isEqualTo("validation_failed");
        }

        @Test
        void a_fee_of_exactly_10000_basis_points_is_accepted() {
            var all = new CreateOrder("c-1", "a@b.com", "EUR", basketOf5000().lines(), false, MERCHANT, 10_000,
                    PaymentTerms.PREPAID);

            assertThat(when(null, all)).isInstanceOf(Decision.Accepted.class);
        }
    }

    @Nested
    class Ownership {

        @Test
        void another_merchants_payment_is_refused_as_if_the_order_did_not_exist() {
            var foreign = new ApplyPayment("pay-x", "p-x", 100, OTHER_MERCHANT);

            assertThat(rejected(when(given(prepaid5000()), foreign)).code()).isEqualTo("order_not_found");
        }

        @Test
        void another_merchants_notice_is_refused_as_if_the_order_did_not_exist() {
            var foreign = new RecordShipment("ship-x", "s-x", 100, List.of(), null, null, OTHER_MERCHANT);

            assertThat(rejected(when(payLaterCreated(), foreign)).code()).isEqualTo("order_not_found");
        }

        @Test
        void the_shops_command_on_a_merchants_order_is_refused_as_not_found() {
            assertThat(rejected(when(payLaterCreated(), new CancelOrder("x-1", null))).code())
                    .isEqualTo("order_not_found");
        }

        @Test
        void a_merchants_command_on_the_shops_order_is_refused_as_not_found() {
            var merchants = new CancelOrder("x-1", null, MERCHANT);

            assertThat(rejected(when(given(basketOf5000()), merchants)).code()).isEqualTo("order_not_found");
        }
    }

    @Nested
    class ShipmentNotices {

        @Test
        void the_first_notice_of_a_pay_later_order_records_it_pays_the_merchant_and_invoices_the_buyer() {
            assertThat(when(payLaterCreated(), notice("s-1", 2000))).isEqualTo(Decision.accept(
                    new ShipmentRecorded(new RecordedShipment("s-1", 2000, List.of(), NOW, null, null, null)),
                    new PayoutRequested(PAYOUT_1, "s-1", 1950, 50, NOW),
                    new InvoiceIssued(ORDER_ID + "-1", "s-1", 2000, NOW.plus(Duration.ofDays(30)), NOW)));
        }

        @Test
        void the_first_shipment_starts_a_pay_later_orders_fulfillment() {
            assertThat(payLaterPartlyShipped().status()).isEqualTo(Status.IN_FULFILLMENT);
        }

        @Test
        void the_fee_is_rounded_down() {
            // 999 × 250 / 10,000 = 24.975
            assertThat(when(payLaterCreated(), notice("s-1", 999)).events())
                    .contains(new PayoutRequested(PAYOUT_1, "s-1", 975, 24, NOW));
        }

        @Test
        void a_notice_completing_the_total_exactly_is_accepted_and_ships_the_pay_later_order() {
            Decision decision = when(payLaterPartlyShipped(), notice("s-2", 3000));

            assertThat(decision.events()).last().isEqualTo(new OrderShipped(5000, NOW));
            assertThat(given(payLater5000(), notice("s-1", 2000), notice("s-2", 3000)).status())
                    .isEqualTo(Status.SHIPPED);
        }

        @Test
        void a_notice_beyond_the_remaining_amount_is_refused_naming_it() {
            Rejected refusal = rejected(when(payLaterPartlyShipped(), notice("s-2", 3001)));

            assertThat(refusal.code()).isEqualTo("shipment_exceeds_remaining");
            assertThat(refusal.message()).contains("3000");
        }

        @Test
        void the_same_notice_again_is_accepted_and_changes_nothing() {
            var again = new RecordShipment("ship-s-1-retry", "s-1", 2000, List.of(), null, null, MERCHANT);

            assertThat(when(payLaterPartlyShipped(), again)).isEqualTo(Decision.accept());
        }

        @Test
        void the_same_shipment_id_with_another_body_is_a_conflict() {
            var other = new RecordShipment("ship-s-1-other", "s-1", 2001, List.of(), null, null, MERCHANT);

            assertThat(rejected(when(payLaterPartlyShipped(), other)).code()).isEqualTo("shipment_id_conflict");
        }

        @Test
        void the_same_shipment_id_with_another_tracking_code_is_a_conflict() {
            var other = new RecordShipment("ship-s-1-tracked", "s-1", 2000, List.of(), null, "TRACK-2", MERCHANT);

            assertThat(rejected(when(payLaterPartlyShipped(), other)).code()).isEqualTo("shipment_id_conflict");
        }

        @Test
        void a_notice_whose_lines_are_worth_its_amount_is_accepted() {
            var lines = List.of(new ShippedLine("SKU-1", 2));

            assertThat(when(payLaterCreated(), notice("s-1", 2500, lines))).isInstanceOf(Decision.Accepted.class);
        }

        @Test
        void a_line_of_a_sku_not_on_the_order_is_refused() {
            var lines = List.of(new ShippedLine("SKU-9", 1));

            assertThat(rejected(when(payLaterCreated(), notice("s-1", 1250, lines))).fieldErrors())
                    .extracting(Decision.FieldError::field).containsExactly("lines[0].sku");
        }

        @Test
        void lines_shipping_more_than_was_ordered_over_all_shipments_are_refused() {
            Order order = given(payLater5000(), notice("s-1", 1250, List.of(new ShippedLine("SKU-1", 1))));
            var tooMany = notice("s-2", 2500, List.of(new ShippedLine("SKU-1", 2)));

            assertThat(rejected(when(order, tooMany)).fieldErrors()).extracting(Decision.FieldError::field)
                    .containsExactly("lines[0].quantity");
        }

        @Test
        void an_amount_other_than_the_lines_value_is_refused() {
            var lines = List.of(new ShippedLine("SKU-2", 1));

            Rejected refusal = rejected(when(payLaterCreated(), notice("s-1", 2400, lines)));

            assertThat(refusal.code()).isEqualTo("validation_failed");
            assertThat(refusal.fieldErrors()).extracting(Decision.FieldError::field).containsExactly("amount");
        }

        @Test
        void a_line_with_no_quantity_is_refused() {
            var lines = List.of(new ShippedLine("SKU-2", 0));

            assertThat(rejected(when(payLaterCreated(), notice("s-1", 0, lines))).fieldErrors())
                    .extracting(Decision.FieldError::field).containsExactly("lines[0].quantity");
        }

        @Test
        void a_notice_of_nothing_is_refused() {
            assertThat(rejected(when(payLaterCreated(), notice("s-1", 0))).code()).isEqualTo("invalid_amount");
        }

        @Test
        void an_overlong_invoice_number_is_refused() {
            var overlong = noticeWith("s-1", 100, "x".repeat(65), null);

            assertThat(rejected(when(payLaterCreated(), overlong)).fieldErrors())
                    .extracting(Decision.FieldError::field).containsExactly("invoiceNumber");
        }

        @Test
        void the_merchants_invoice_number_numbers_the_buyers_invoice() {
            assertThat(when(payLaterCreated(), noticeWith("s-1", 2000, "INV-7", "TRACK-1")).events())
                    .contains(new InvoiceIssued("INV-7", "s-1", 2000, NOW.plus(Duration.ofDays(30)), NOW));
        }

        @Test
        void a_generated_invoice_number_counts_the_shipments() {
            assertThat(when(payLaterPartlyShipped(), notice("s-2", 1000)).events())
                    .contains(new InvoiceIssued(ORDER_ID + "-2", "s-2", 1000, NOW.plus(Duration.ofDays(30)), NOW));
        }

        @Test
        void the_invoice_is_due_after_the_policys_payment_term() {
            var decider = new OrderDecider(new OrderPolicy(1_000_000, Duration.ofSeconds(60), 3,
                    Duration.ofSeconds(30), 5, Duration.ofDays(14)));

            assertThat(decider.decide(payLaterCreated(), notice("s-1", 2000), NOW).events())
                    .contains(new InvoiceIssued(ORDER_ID + "-1", "s-1", 2000, NOW.plus(Duration.ofDays(14)), NOW));
        }

        @Test
        void a_notice_after_cancel_remainder_is_refused() {
            Order shipped = given(payLater5000(), notice("s-1", 2000), cancelRemainder());

            assertThat(rejected(when(shipped, notice("s-2", 100))).code()).isEqualTo("invalid_state");
        }

        @Test
        void a_notice_for_a_cancelled_order_is_refused() {
            Order cancelled = given(payLater5000(), new CancelOrder("x-1", null, MERCHANT));

            assertThat(rejected(when(cancelled, notice("s-1", 100))).code()).isEqualTo("invalid_state");
        }

        @Test
        void a_notice_for_an_unpaid_prepaid_order_is_refused() {
            assertThat(rejected(when(given(prepaid5000()), notice("s-1", 100))).code()).isEqualTo("invalid_state");
        }

        @Test
        void a_notice_for_a_paid_prepaid_order_pays_the_merchant_and_invoices_nobody() {
            assertThat(when(prepaidPaid(), notice("s-1", 2000))).isEqualTo(Decision.accept(
                    new ShipmentRecorded(new RecordedShipment("s-1", 2000, List.of(), NOW, null, null, null)),
                    new PayoutRequested(PAYOUT_1, "s-1", 1950, 50, NOW)));
        }

        @Test
        void a_prepaid_order_shipped_in_full_by_notices_completes_its_fulfillment_and_closes() {
            Order order = given(prepaid5000(), payment("p-1", 5000), notice("s-1", 2000));

            assertThat(when(order, notice("s-2", 3000)).events()).endsWith(
                    new FulfillmentCompleted(Outcome.SUCCEEDED, null, NOW), new OrderClosed(Outcome.SUCCEEDED, NOW));
        }

        @Test
        void a_late_warehouse_answer_after_notices_shipped_everything_changes_nothing() {
            Order closed = given(prepaid5000(), payment("p-1", 5000), notice("s-1", 5000));
            var late = new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.SUCCEEDED,
                    List.of(new RecordedShipment("w-1", 5000, List.of(), NOW)), null);

            assertThat(when(closed, late)).isEqualTo(Decision.accept());
        }

        @Test
        void the_platforms_own_orders_have_no_payouts() {
            Order paid = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 5000));
            var shopNotice = new RecordShipment("ship-1", "s-1", 2000, List.of(), null, null, null);

            assertThat(when(paid, shopNotice).events()).containsExactly(
                    new ShipmentRecorded(new RecordedShipment("s-1", 2000, List.of(), NOW, null, null, null)));
        }

        @Test
        void the_warehouses_shipment_of_a_merchants_order_pays_the_merchant() {
            var shipped = new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.SUCCEEDED,
                    List.of(new RecordedShipment("w-1", 5000, List.of(), NOW)), null);

            assertThat(when(prepaidPaid(), shipped).events()).contains(
                    new PayoutRequested(Payout.idOf(ORDER_ID, "w-1"), "w-1", 4875, 125, NOW));
        }
    }

    @Nested
    class BuyerPayments {

        @Test
        void a_payment_before_anything_is_invoiced_is_refused() {
            assertThat(rejected(when(payLaterCreated(), payment("p-1", 100))).code()).isEqualTo("invalid_state");
        }

        @Test
        void a_payment_beyond_the_open_invoices_is_refused() {
            assertThat(rejected(when(payLaterPartlyShipped(), payment("p-1", 2001))).code())
                    .isEqualTo("payment_exceeds_balance");
        }

        @Test
        void a_payment_settles_the_oldest_open_invoice_first_across_two_invoices() {
            Order order = given(payLater5000(), notice("s-1", 2000), notice("s-2", 3000), payment("p-1", 2500));

            assertThat(order.invoices()).extracting(BuyerInvoice::paid).containsExactly(2000L, 500L);
            assertThat(order.invoices()).extracting(BuyerInvoice::balance).containsExactly(0L, 2500L);
        }

        @Test
        void the_payment_settling_the_last_invoice_of_a_shipped_order_closes_it() {
            Order shipped = given(payLater5000(), notice("s-1", 2000), notice("s-2", 3000), payment("p-1", 1000));

            assertThat(when(shipped, payment("p-2", 4000))).isEqualTo(Decision.accept(
                    new PaymentApplied("p-2", 4000, NOW), new OrderClosed(Outcome.SUCCEEDED, NOW)));
        }

        @Test
        void paying_every_invoice_of_an_order_still_shipping_does_not_close_it() {
            assertThat(when(payLaterPartlyShipped(), payment("p-1", 2000))).isEqualTo(Decision.accept(
                    new PaymentApplied("p-1", 2000, NOW)));
        }
    }

    @Nested
    class CancelRemainderAndRefunds {

        @Test
        void cancelling_the_remainder_of_a_pay_later_order_releases_it_and_ships_the_order() {
            assertThat(when(payLaterPartlyShipped(), cancelRemainder())).isEqualTo(Decision.accept(
                    new RemainderCancelled(3000, "out of stock", NOW), new OrderShipped(2000, NOW)));
        }

        @Test
        void after_cancel_remainder_the_order_owes_only_what_shipped() {
            Order order = given(payLater5000(), notice("s-1", 2000), cancelRemainder());

            assertThat(order.status()).isEqualTo(Status.SHIPPED);
            assertThat(order.released()).isEqualTo(3000);
            assertThat(order.balanceDue()).isEqualTo(2000);
        }

        @Test
        void cancelling_the_remainder_when_every_invoice_is_paid_closes_the_order() {
            Order paid = given(payLater5000(), notice("s-1", 2000), payment("p-1", 2000));

            assertThat(when(paid, cancelRemainder()).events()).endsWith(new OrderClosed(Outcome.SUCCEEDED, NOW));
        }

        @Test
        void an_order_whose_remainder_is_cancelled_with_every_invoice_paid_is_CLOSED() {
            Order closed = given(payLater5000(), notice("s-1", 2000), payment("p-1", 2000), cancelRemainder());

            assertThat(closed.status()).isEqualTo(Status.CLOSED);
        }

        @Test
        void a_pay_later_order_paid_in_three_installments_over_two_invoices_is_CLOSED() {
            Order closed = given(payLater5000(), notice("s-1", 2000), payment("p-1", 1500), notice("s-2", 3000),
                    payment("p-2", 1500), payment("p-3", 2000));

            assertThat(closed.status()).isEqualTo(Status.CLOSED);
            assertThat(closed.invoices()).extracting(BuyerInvoice::balance).containsOnly(0L);
        }

        @Test
        void cancelling_the_remainder_before_any_shipment_is_refused() {
            assertThat(rejected(when(payLaterCreated(), cancelRemainder())).code()).isEqualTo("invalid_state");
        }

        @Test
        void cancelling_the_remainder_twice_is_answered_as_the_first_time() {
            Order shipped = given(payLater5000(), notice("s-1", 2000), cancelRemainder());

            assertThat(when(shipped, cancelRemainder())).isEqualTo(Decision.accept());
        }

        @Test
        void cancelling_the_remainder_of_a_prepaid_order_refunds_it_and_closes_the_order() {
            Order order = given(prepaid5000(), payment("p-1", 5000), notice("s-1", 2000));

            assertThat(when(order, cancelRemainder())).isEqualTo(Decision.accept(
                    new RemainderCancelled(3000, "out of stock", NOW),
                    new RefundRequested(Refund.idOf(ORDER_ID, Refund.REMAINDER_CANCELLED), 3000,
                            Refund.REMAINDER_CANCELLED, NOW),
                    new FulfillmentCompleted(Outcome.SUCCEEDED, null, NOW),
                    new OrderClosed(Outcome.SUCCEEDED, NOW)));
        }

        @Test
        void a_pay_later_order_cancelled_before_any_shipment_is_cancelled() {
            assertThat(when(payLaterCreated(), new CancelOrder("x-1", "changed mind", MERCHANT)))
                    .isEqualTo(Decision.accept(new OrderCancelled("changed mind", NOW)));
        }

        @Test
        void a_prepaid_fulfillment_failed_refunds_what_was_paid_and_not_shipped() {
            var failed = new RecordFulfillmentResult("r-1", REQUEST_ID, Outcome.FAILED, List.of(), "no stock");

            assertThat(when(given(prepaid5000(), payment("p-1", 5000), notice("s-1", 2000)), failed).events())
                    .containsExactly(new FulfillmentCompleted(Outcome.FAILED, "no stock", NOW),
                            new RefundRequested(Refund.idOf(ORDER_ID, Refund.FULFILLMENT_FAILED), 3000,
                                    Refund.FULFILLMENT_FAILED, NOW),
                            new OrderClosed(Outcome.FAILED, NOW));
        }
    }

    @Nested
    class TransferResults {

        @Test
        void a_sent_payout_settles_it_with_the_providers_id() {
            assertThat(when(payLaterPartlyShipped(), payoutResult(PAYOUT_1, ChargeStatus.CAPTURED)))
                    .isEqualTo(Decision.accept(new PayoutSettled(PAYOUT_1, "s-1", TransferStatus.SUCCEEDED, "po_1",
                            null, NOW)));
        }

        @Test
        void a_payout_result_repeated_changes_nothing() {
            Order settled = given(payLater5000(), notice("s-1", 2000), payoutResult(PAYOUT_1, ChargeStatus.CAPTURED));

            assertThat(settled.shipments().getFirst().payout().status()).isEqualTo(TransferStatus.SUCCEEDED);
            assertThat(when(settled, payoutResult(PAYOUT_1, ChargeStatus.CAPTURED))).isEqualTo(Decision.accept());
        }

        @Test
        void a_refused_payout_fails_with_the_reason() {
            assertThat(when(payLaterPartlyShipped(), payoutResult(PAYOUT_1, ChargeStatus.DECLINED)))
                    .isEqualTo(Decision.accept(new PayoutSettled(PAYOUT_1, "s-1", TransferStatus.FAILED, null,
                            "account_closed", NOW)));
        }

        @Test
        void a_result_for_an_unknown_payout_is_refused() {
            assertThat(rejected(when(payLaterPartlyShipped(), payoutResult("payout/x/y", ChargeStatus.CAPTURED)))
                    .code()).isEqualTo("unknown_payout");
        }

        @Test
        void a_sent_refund_settles_it() {
            String refundId = Refund.idOf(ORDER_ID, Refund.REMAINDER_CANCELLED);
            Order closed = given(prepaid5000(), payment("p-1", 5000), notice("s-1", 2000), cancelRemainder());
            var result = new RecordTransferResult("r-2", Transfer.REFUND, refundId, ChargeStatus.CAPTURED, "re_1",
                    null);

            assertThat(when(closed, result)).isEqualTo(Decision.accept(
                    new RefundSettled(refundId, TransferStatus.SUCCEEDED, "re_1", null, NOW)));
            assertThat(givenAt(NOW, closed, result).refunds().getFirst().status())
                    .isEqualTo(TransferStatus.SUCCEEDED);
        }

        @Test
        void a_result_for_an_unknown_refund_is_refused() {
            var result = new RecordTransferResult("r-2", Transfer.REFUND, "refund/x", ChargeStatus.CAPTURED, "re_1",
                    null);

            assertThat(rejected(when(payLaterPartlyShipped(), result)).code()).isEqualTo("unknown_refund");
        }
    }
}
