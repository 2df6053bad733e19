package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderstream.orderapi.access.Caller;
import io.orderstream.orderapi.api.CreateOrderRequest.Line;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.http.RequestFingerprint;
import io.orderstream.schemas.order.PaymentTerms;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may choose which payment terms for an order, and what the command carries. */
class PaymentTermsTest {

    private static final Caller MERCHANT = new Caller.Merchant("m-1", 250);

    private static CreateOrderRequest order(Boolean payNow, PaymentTerms terms) {
        return new CreateOrderRequest("a@b.com", "EUR", List.of(new Line("SKU-1", "Mug", 2, 1250L)), payNow, null,
                terms);
    }

    @Test
    void an_order_without_terms_is_prepaid() {
        assertThat(order(null, null).terms()).isEqualTo(PaymentTerms.PREPAID);
        assertThat(CreateOrderHandler.command(order(null, null), Caller.SHOP).getPaymentTerms())
                .isEqualTo(PaymentTerms.PREPAID);
    }

    @Test
    void a_merchant_may_sell_on_invoice_and_the_command_says_so_with_its_fee() {
        var request = order(false, PaymentTerms.INVOICE);

        assertThat(RequestShapes.problems(request, MERCHANT)).isEmpty();
        var command = CreateOrderHandler.command(request, MERCHANT);
        assertThat(command.getPaymentTerms()).isEqualTo(PaymentTerms.INVOICE);
        assertThat(command.getMerchantId()).isEqualTo("m-1");
        assertThat(command.getMerchantFeeBasisPoints()).isEqualTo(250);
    }

    @Test
    void the_shop_selling_on_invoice_is_payment_terms_invalid() {
        assertThat(RequestShapes.problems(order(null, PaymentTerms.INVOICE), Caller.SHOP))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("paymentTerms", "payment_terms_invalid"));
    }

    @Test
    void invoice_terms_with_pay_now_are_payment_terms_invalid() {
        assertThat(RequestShapes.problems(order(true, PaymentTerms.INVOICE), MERCHANT))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("paymentTerms", "payment_terms_invalid"));
    }

    @Test
    void prepaid_terms_suit_everyone() {
        assertThat(RequestShapes.problems(order(true, PaymentTerms.PREPAID), Caller.SHOP)).isEmpty();
        assertThat(RequestShapes.problems(order(true, PaymentTerms.PREPAID), MERCHANT)).isEmpty();
    }

    @Test
    void a_request_without_terms_keeps_the_fingerprint_it_had_before_terms_existed() {
        String before = RequestFingerprint.of("POST /orders",
                new Legacy("a@b.com", "EUR", List.of(new Line("SKU-1", "Mug", 2, 1250L)), null, null));

        assertThat(RequestFingerprint.of("POST /orders", order(null, null)))
                .isEqualTo(before);
    }

    /** The body of POST /orders before payment terms. */
    private record Legacy(String customerEmail, String currency, List<Line> lines, Boolean payNow,
                          String paymentMethod) {
    }
}
