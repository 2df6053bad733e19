package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderstream.orderapi.api.CreateOrderRequest.Line;
import io.orderstream.platform.http.Problem.FieldProblem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateOrderValidatorTest {

    private static final Line MUG = new Line("SKU-1", "Mug", 2, 1250L);

    private final CreateOrderValidator validator = new CreateOrderValidator();

    @Test
    void a_complete_order_has_no_problems() {
        var request = new CreateOrderRequest("a@b.com", "EUR", List.of(MUG));

        assertThat(validator.validate(request)).isEmpty();
    }

    @Test
    void an_order_without_lines_needs_at_least_one() {
        var request = new CreateOrderRequest("a@b.com", "EUR", List.of());

        assertThat(validator.validate(request))
                .containsExactly(new FieldProblem("lines", "lines_count_out_of_range", "An order needs at least one line."));
    }

    @Test
    void missing_fields_are_each_reported_by_their_path() {
        var request = new CreateOrderRequest(null, null, null);

        assertThat(validator.validate(request)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(
                        tuple("customerEmail", "required"),
                        tuple("currency", "required"),
                        tuple("lines", "required"));
    }

    @Test
    void missing_line_fields_are_reported_with_the_line_index() {
        var request = new CreateOrderRequest("a@b.com", "EUR", List.of(MUG, new Line(null, null, null, null)));

        assertThat(validator.validate(request)).extracting(FieldProblem::field)
                .containsExactly("lines[1].sku", "lines[1].name", "lines[1].quantity", "lines[1].unitPrice");
    }

    @Test
    void a_null_line_is_a_missing_line() {
        var request = new CreateOrderRequest("a@b.com", "EUR", Arrays.asList(MUG, null));

        assertThat(validator.validate(request)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("lines[1]", "required"));
    }

    @Test
    void values_the_processor_judges_are_not_checked_here() {
        var request = new CreateOrderRequest("not-an-email", "XXX", List.of(new Line("SKU-1", "Mug", 0, -5L)));

        assertThat(validator.validate(request)).isEmpty();
    }
}
