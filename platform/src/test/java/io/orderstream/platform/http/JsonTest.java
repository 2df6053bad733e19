package io.orderstream.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Line(String sku, int quantity) {
    }

    record Basket(String email, List<Line> lines) {
    }

    private static Problem problemOf(String body) {
        return catchThrowableOfType(ProblemException.class, () -> Json.parse(body, Basket.class)).problem();
    }

    @Test
    void well_formed_json_is_read_into_the_record() {
        assertThat(Json.parse("{\"email\":\"a@b.com\",\"lines\":[{\"sku\":\"S\",\"quantity\":2}]}", Basket.class))
                .isEqualTo(new Basket("a@b.com", List.of(new Line("S", 2))));
    }

    @Test
    void malformed_json_is_a_400_malformed_json_problem() {
        Problem problem = problemOf("{\"email\": ");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("malformed_json");
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_naming_the_field() {
        Problem problem = problemOf("{\"email\":\"a@b.com\",\"lines\":[{\"sku\":\"S\",\"quantity\":\"two\"}]}");

        assertThat(problem.code()).isEqualTo("invalid_json_type");
        assertThat(problem.detail()).contains("lines[0].quantity");
    }

    @Test
    void a_fraction_where_an_integer_is_expected_is_refused() {
        assertThat(problemOf("{\"email\":\"a@b.com\",\"lines\":[{\"sku\":\"S\",\"quantity\":1.5}]}").code())
                .isEqualTo("invalid_json_type");
    }

    @Test
    void a_json_null_body_is_a_missing_body_problem() {
        assertThat(problemOf("null").code()).isEqualTo("missing_body");
    }

    @Test
    void a_number_sent_as_a_string_is_refused_not_coerced() {
        assertThat(problemOf("{\"email\":\"a@b.com\",\"lines\":[{\"sku\":\"S\",\"quantity\":\"2\"}]}").code())
                .isEqualTo("invalid_json_type");
    }

    @Test
    void a_string_sent_as_a_number_is_refused_not_coerced() {
        assertThat(problemOf("{\"email\":\"a@b.com\",\"lines\":[{\"sku\":123,\"quantity\":2}]}").code())
                .isEqualTo("invalid_json_type");
    }
}
