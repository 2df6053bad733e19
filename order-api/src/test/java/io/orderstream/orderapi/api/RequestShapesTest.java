package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderstream.orderapi.api.CreateOrderRequest.Line;
import io.orderstream.platform.http.Problem.FieldProblem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestShapesTest {

    private static final Line MUG = new Line("SKU-1", "Mug", 2, 1250L);

    private static CreateOrderRequest order(String email, String currency, List<Line> lines) {
        return new CreateOrderRequest(email, currency, lines, null, null, null);
    }

    @Test
    void a_complete_order_lacks_nothing() {
        assertThat(RequestShapes.missingFields(order("a@b.com", "EUR", List.of(MUG)))).isEmpty();
    }

    @Test
    void missing_order_fields_are_each_reported_by_their_path() {
        assertThat(RequestShapes.missingFields(order(null, null, null)))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(
                        tuple("customerEmail", "required"),
                        tuple("currency", "required"),
                        tuple("lines", "required"));
    }

    @Test
    void missing_line_fields_are_reported_with_the_line_index() {
        var request = order("a@b.com", "EUR", List.of(MUG, new Line(null, null, null, null)));

        assertThat(RequestShapes.missingFields(request)).extracting(FieldProblem::field)
                .containsExactly("lines[1].sku", "lines[1].name", "lines[1].quantity", "lines[1].unitPrice");
    }

    @Test
    void a_null_line_is_a_missing_line() {
        var request = order("a@b.com", "EUR", Arrays.asList(MUG, null));

        assertThat(RequestShapes.missingFields(request)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("lines[1]", "required"));
    }

    @Test
    void values_the_processor_judges_are_not_checked_here() {
        var request = order(" ", "XXX", List.of(new Line("", "", 0, -5L)));

        assertThat(RequestShapes.missingFields(request)).isEmpty();
        assertThat(RequestShapes.missingFields(order("not-an-email", "EUR", List.of()))).as("no lines at all")
                .isEmpty();
    }

    @Test
    void a_complete_payment_lacks_nothing_whatever_its_amount() {
        assertThat(RequestShapes.missingFields(new PaymentRequest("p-1", -5L))).isEmpty();
    }

    @Test
    void a_payment_needs_an_id_that_is_not_blank_and_an_amount() {
        assertThat(RequestShapes.missingFields(new PaymentRequest("  ", null)))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("paymentId", "required"), tuple("amount", "required"));
    }
}
