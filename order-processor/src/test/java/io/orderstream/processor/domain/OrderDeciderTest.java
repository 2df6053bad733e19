package io.orderstream.processor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.processor.domain.Decision.Accepted;
import io.orderstream.processor.domain.Decision.Rejected;
import io.orderstream.processor.domain.OrderCommand.ApplyPayment;
import io.orderstream.processor.domain.OrderCommand.CancelOrder;
import io.orderstream.processor.domain.OrderCommand.CreateOrder;
import io.orderstream.processor.domain.OrderEvent.OrderCancelled;
import io.orderstream.processor.domain.OrderEvent.OrderCreated;
import io.orderstream.processor.domain.OrderEvent.OrderPaid;
import io.orderstream.processor.domain.OrderEvent.PaymentApplied;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final String ORDER_ID = "order-1";

    private static CreateOrder basketOf5000() {
        return new CreateOrder("c-1", "a@b.com", "EUR", List.of(
                new OrderLine("SKU-1", "Mug", 2, 1250), new OrderLine("SKU-2", "Plate", 1, 2500)));
    }

    private static Order created() {
        return given(basketOf5000());
    }

    private static Order given(OrderCommand... commands) {
        Order order = null;
        for (OrderCommand command : commands) {
            var accepted = (Accepted) OrderDecider.decide(order, command, NOW);
            order = OrderDecider.evolveAll(ORDER_ID, order, accepted.events());
        }
        return order;
    }

    private static Decision when(Order order, OrderCommand command) {
        return OrderDecider.decide(order, command, NOW);
    }

    private static String rejectionCode(Decision decision) {
        assertThat(decision).isInstanceOf(Rejected.class);
        return ((Rejected) decision).code();
    }

    @Nested
    class Create {

        @Test
        void a_valid_basket_creates_the_order_with_its_total() {
            var decision = when(null, basketOf5000());

            assertThat(decision).isEqualTo(Decision.accept(new OrderCreated("a@b.com", "EUR",
                    basketOf5000().lines(), 5000, NOW)));
        }

        @Test
        void the_created_order_is_CREATED_with_the_whole_total_due_at_version_1() {
            Order order = created();

            assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
            assertThat(order.balanceDue()).isEqualTo(5000);
            assertThat(order.version()).isEqualTo(1);
            assertThat(order.createdAt()).isEqualTo(NOW);
        }

        @Test
        void an_order_id_that_exists_is_rejected() {
            assertThat(rejectionCode(when(created(), basketOf5000()))).isEqualTo("order_exists");
        }

        @Test
        void a_basket_without_lines_is_rejected_naming_the_field() {
            var decision = when(null, new CreateOrder("c-1", "a@b.com", "EUR", List.of()));

            assertThat(rejectionCode(decision)).isEqualTo("invalid_order");
            assertThat(((Rejected) decision).fieldErrors()).extracting(Decision.FieldError::field)
                    .containsExactly("lines");
        }

        @Test
        void every_invalid_line_field_is_reported() {
            var decision = when(null, new CreateOrder("c-1", "a@b.com", "EUR",
                    List.of(new OrderLine(" ", "Mug", 0, 0))));

            assertThat(((Rejected) decision).fieldErrors()).extracting(Decision.FieldError::field)
                    .containsExactly("lines[0].sku", "lines[0].quantity", "lines[0].unitPrice");
        }
    }

    @Nested
    class Pay {

        @Test
        void an_installment_lowers_the_balance_due() {
            Order order = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000));

            assertThat(order.paid()).isEqualTo(1000);
            assertThat(order.balanceDue()).isEqualTo(4000);
            assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
        }

        @Test
        void the_installment_that_clears_the_balance_pays_the_order() {
            var decision = when(given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000)),
                    new ApplyPayment("c-3", "p-2", 4000));

            assertThat(decision).isEqualTo(new Accepted(List.of(
                    new PaymentApplied("p-2", 4000, NOW), new OrderPaid(5000, NOW))));
        }

        @Test
        void three_installments_of_1000_1000_3000_pay_an_order_of_5000() {
            Order order = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000),
                    new ApplyPayment("c-3", "p-2", 1000), new ApplyPayment("c-4", "p-3", 3000));

            assertThat(order.status()).isEqualTo(OrderStatus.PAID);
            assertThat(order.payments()).extracting(Payment::paymentId).containsExactly("p-1", "p-2", "p-3");
        }

        @Test
        void the_same_payment_id_with_the_same_amount_changes_nothing() {
            Order order = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 1000));

            assertThat(when(order, new ApplyPayment("c-3", "p-1", 1000))).isEqualTo(Decision.accept());
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
        void a_paid_order_takes_no_further_payment() {
            Order paid = given(basketOf5000(), new ApplyPayment("c-2", "p-1", 5000));

            assertThat(rejectionCode(when(paid, new ApplyPayment("c-3", "p-2", 1)))).isEqualTo("invalid_state");
        }

        @Test
        void paying_an_unknown_order_is_rejected() {
            assertThat(rejectionCode(when(null, new ApplyPayment("c-1", "p-1", 1000)))).isEqualTo("order_not_found");
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
            assertThat(given(basketOf5000(), new CancelOrder("c-2", null)).status()).isEqualTo(OrderStatus.CANCELLED);
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
    }
}
