package io.orderstream.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private static Problem problemOf(String rawQuery) {
        return catchThrowableOfType(ProblemException.class, () -> QueryParameters.parse(rawQuery)).problem();
    }

    @Test
    void parameters_are_percent_decoded_as_utf8_with_plus_as_space() {
        assertThat(QueryParameters.parse("customerEmail=a%40b.com&status=PAID,CLOSED&q=caf%C3%A9+x&limit=10"))
                .isEqualTo(Map.of("customerEmail", List.of("a@b.com"), "status", List.of("PAID,CLOSED"),
                        "q", List.of("caf\u00e9 x"), "limit", List.of("10")));
    }

    @Test
    void a_repeated_parameter_keeps_every_value_in_order_and_a_bare_name_is_empty() {
        assertThat(QueryParameters.parse("a=1&a=2&b&&c=")).isEqualTo(Map.of("a", List.of("1", "2"), "b", List.of(""),
                "c", List.of("")));
    }

    @Test
    void no_query_is_no_parameters() {
        assertThat(QueryParameters.parse(null)).isEmpty();
        assertThat(QueryParameters.parse("")).isEmpty();
    }

    @Test
    void a_lone_percent_is_a_400_invalid_query() {
        Problem problem = problemOf("customerEmail=%");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("invalid_query");
    }

    @Test
    void a_percent_without_two_hex_digits_is_invalid_query() {
        assertThat(problemOf("customerEmail=%4").code()).isEqualTo("invalid_query");
        assertThat(problemOf("customerEmail=%zz").code()).isEqualTo("invalid_query");
        assertThat(problemOf("%=x").code()).isEqualTo("invalid_query");
    }

    @Test
    void escapes_that_are_not_utf8_are_invalid_query_not_replaced() {
        assertThat(problemOf("customerEmail=%C3").code()).isEqualTo("invalid_query");
        assertThat(problemOf("customerEmail=%FF%FE").code()).isEqualTo("invalid_query");
        assertThat(problemOf("customerEmail=%ED%A0%80").code()).isEqualTo("invalid_query");
    }

    @Test
    void a_nul_escape_is_decoded_for_the_caller_to_refuse() {
        assertThat(QueryParameters.parse("customerEmail=a%00b")).containsEntry("customerEmail", List.of("a\u0000b"));
    }
}
