package io.orderstream.paymentprovider.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.orderstream.paymentprovider.domain.ChargeRequest;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.http.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargeRequestBodyTest {

    private static List<FieldProblem> problemsOf(ChargeRequestBody body) {
        var problem = catchThrowableOfType(ProblemException.class, body::toChargeRequest).problem();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("invalid_request");
        return problem.errors();
    }

    @Test
    void a_complete_body_becomes_a_charge_request() {
        var body = new ChargeRequestBody("cust-1", 1250L, "EUR", "order-1");

        assertThat(body.toChargeRequest()).isEqualTo(new ChargeRequest("cust-1", 1250, "EUR", "order-1"));
    }

    @Test
    void every_missing_field_is_required() {
        assertThat(problemsOf(new ChargeRequestBody(null, null, null, " ")))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(
                        tuple("customerId", "required"),
                        tuple("amount", "required"),
                        tuple("currency", "required"),
                        tuple("reference", "required"));
    }

    @Test
    void an_amount_of_zero_or_less_is_not_positive() {
        assertThat(problemsOf(new ChargeRequestBody("cust-1", 0L, "EUR", "order-1")))
                .extracting(FieldProblem::code).containsExactly("not_positive");
    }

    @Test
    void a_currency_that_is_no_upper_case_iso_code_is_invalid() {
        assertThat(problemsOf(new ChargeRequestBody("cust-1", 100L, "eur", "order-1")))
                .extracting(FieldProblem::code).containsExactly("invalid_currency");
    }
}
