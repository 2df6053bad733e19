package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderstream.orderapi.api.CreateOrderRequest.Line;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.limits.OrderLimits;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBoundsTest {

    private static final Line MUG = new Line("SKU-1", "Mug", 2, 1250L);

    private static CreateOrderRequest order(String email, List<Line> lines, String paymentMethod) {
        return new CreateOrderRequest(email, "EUR", lines, paymentMethod != null, paymentMethod, null);
    }

    private static List<FieldProblem> problems(CreateOrderRequest request) {
        return RequestShapes.problems(request);
    }

    @Test
    void an_order_at_every_limit_is_within_bounds() {
        var line = new Line("S".repeat(OrderLimits.MAX_SKU_LENGTH), "N".repeat(OrderLimits.MAX_NAME_LENGTH), 1, 1L);
        String email = "a".repeat(OrderLimits.MAX_EMAIL_LENGTH - 6) + "@b.com";

        assertThat(problems(order(email, Collections.nCopies(OrderLimits.MAX_LINES, line),
                "m".repeat(OrderLimits.MAX_PAYMENT_METHOD_LENGTH)))).isEmpty();
    }

    @Test
    void every_text_one_character_over_its_limit_is_named_with_its_code() {
        var line = new Line("S".repeat(OrderLimits.MAX_SKU_LENGTH + 1), "N".repeat(OrderLimits.MAX_NAME_LENGTH + 1), 1, 1L);
        var request = new CreateOrderRequest("a".repeat(OrderLimits.MAX_EMAIL_LENGTH - 5) + "@b.com", "EURO",
                List.of(MUG, line), true, "m".repeat(OrderLimits.MAX_PAYMENT_METHOD_LENGTH + 1), null);

        assertThat(problems(request)).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("customerEmail", "email_invalid"),
                tuple("currency", "currency_unsupported"),
                tuple("paymentMethod", "payment_method_too_long"),
                tuple("lines[1].sku", "sku_too_long"),
                tuple("lines[1].name", "name_invalid"));
    }

    @Test
    void more_lines_than_the_limit_is_lines_count_out_of_range_without_judging_each_line() {
        var line = new Line("S", "\u0000", 1, 1L);

        assertThat(problems(order("a@b.com", Collections.nCopies(OrderLimits.MAX_LINES + 1, line), null)))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("lines", "lines_count_out_of_range"));
    }

    @Test
    void an_order_without_lines_is_lines_count_out_of_range() {
        assertThat(problems(order("a@b.com", List.of(), null))).extracting(FieldProblem::code)
                .containsExactly("lines_count_out_of_range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\n", "\u001b", "\u007f", "\u0085", "\ud800"})
    void a_control_character_or_lone_surrogate_in_any_text_of_an_order_is_named_control_character(String c) {
        var request = new CreateOrderRequest("a@b.com" + c, "EU" + c, List.of(new Line("S" + c, "Mug" + c, 1, 1L)),
                true, "pm" + c, null);

        assertThat(problems(request)).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("customerEmail", "control_character"),
                tuple("currency", "control_character"),
                tuple("paymentMethod", "control_character"),
                tuple("lines[0].sku", "control_character"),
                tuple("lines[0].name", "control_character"));
    }

    @Test
    void an_email_with_a_bell_character_is_refused() {
        assertThat(problems(order("a@b.com\u0007", List.of(MUG), null)))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("customerEmail", "control_character"));
    }

    @Test
    void text_with_accents_and_emoji_is_within_bounds() {
        assertThat(problems(order("zo\u00eb@b.com", List.of(new Line("SKU-\u00e9", "Mug \uD83D\uDE00", 1, 1L)), null)))
                .isEmpty();
    }

    @Test
    void a_payment_id_of_the_id_shape_is_within_bounds() {
        assertThat(RequestShapes.problems(new PaymentRequest("p-1", 1L))).isEmpty();
        assertThat(RequestShapes.problems(new PaymentRequest("x".repeat(OrderLimits.MAX_ID_LENGTH), 1L))).isEmpty();
        assertThat(RequestShapes.problems(new PaymentRequest("pay_2026.11:a-B", 1L))).isEmpty();
    }

    @Test
    void a_600000_character_payment_id_is_payment_id_invalid() {
        assertThat(RequestShapes.problems(new PaymentRequest("a".repeat(600_000), 1L)))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("paymentId", "payment_id_invalid"));
    }

    @Test
    void a_payment_id_with_other_characters_is_payment_id_invalid() {
        assertThat(RequestShapes.problems(new PaymentRequest("p 1/\u00e9", 1L))).extracting(FieldProblem::code)
                .containsExactly("payment_id_invalid");
    }

    @Test
    void a_payment_id_with_a_nul_is_control_character() {
        assertThat(RequestShapes.problems(new PaymentRequest("p\u00001", 1L))).extracting(FieldProblem::code)
                .containsExactly("control_character");
    }

    @Test
    void a_cancel_reason_is_at_most_500_characters_without_control_characters() {
        assertThat(RequestShapes.problems(new CancelRequest("r".repeat(OrderLimits.MAX_REASON_LENGTH)))).isEmpty();
        assertThat(RequestShapes.problems(CancelRequest.WITHOUT_REASON)).isEmpty();
        assertThat(RequestShapes.problems(new CancelRequest("r".repeat(OrderLimits.MAX_REASON_LENGTH + 1))))
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("reason", "reason_too_long"));
        assertThat(RequestShapes.problems(new CancelRequest("changed\u0000my mind")))
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("reason", "control_character"));
    }
}
