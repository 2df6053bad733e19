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

    record Payment(String paymentId, Long amount) {
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

    @Test
    void content_after_the_json_document_is_malformed_json() {
        for (String trailing : List.of("}", "{}", "x", "[]", " 1")) {
            assertThat(problemOf("{\"email\":\"a@b.com\",\"lines\":[]}" + trailing).code())
                    .as(trailing).isEqualTo("malformed_json");
        }
    }

    @Test
    void whitespace_after_the_json_document_is_fine() {
        assertThat(Json.parse("{\"email\":\"a@b.com\",\"lines\":[]}\n \t", Basket.class).email()).isEqualTo("a@b.com");
    }

    @Test
    void a_lone_surrogate_escape_is_malformed_json() {
        assertThat(problemOf("{\"email\":\"a\\ud800@b.com\",\"lines\":[]}").code()).isEqualTo("malformed_json");
        assertThat(problemOf("{\"email\":\"a\\udc00@b.com\",\"lines\":[]}").code()).isEqualTo("malformed_json");
    }

    @Test
    void a_lone_surrogate_in_a_field_name_or_nested_string_is_malformed_json() {
        assertThat(problemOf("{\"\\ud800\":1}").code()).isEqualTo("malformed_json");
        assertThat(problemOf("{\"email\":\"a@b.com\",\"lines\":[{\"sku\":\"\\ud83d\",\"quantity\":1}]}").code())
                .isEqualTo("malformed_json");
    }

    @Test
    void a_surrogate_pair_escape_is_read_as_its_character() {
        assertThat(Json.parse("{\"email\":\"\\ud83d\\ude00@b.com\",\"lines\":[]}", Basket.class).email())
                .isEqualTo("\uD83D\uDE00@b.com");
    }

    @Test
    void bytes_that_are_not_utf8_are_malformed_json_not_replaced() {
        byte[] latin1 = "{\"email\":\"caf\u00e9@b.com\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        Problem problem = catchThrowableOfType(ProblemException.class, () -> Json.utf8(latin1)).problem();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("malformed_json");
    }

    @Test
    void a_surrogate_encoded_in_utf8_bytes_is_malformed_json() {
        byte[] encodedSurrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};

        assertThat(catchThrowableOfType(ProblemException.class, () -> Json.utf8(encodedSurrogate)).problem().code())
                .isEqualTo("malformed_json");
    }

    @Test
    void a_well_formed_number_beyond_int64_is_a_422_naming_the_field_out_of_range() {
        Problem problem = catchThrowableOfType(ProblemException.class,
                () -> Json.parse("{\"paymentId\":\"p-1\",\"amount\":99999999999999999999999}", Payment.class)).problem();

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.code()).isEqualTo("validation_failed");
        assertThat(problem.errors()).extracting(Problem.FieldProblem::field, Problem.FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "out_of_range"));
    }

    @Test
    void a_number_beyond_int32_in_a_nested_int_field_is_out_of_range_naming_its_path() {
        Problem problem = problemOf("{\"email\":\"a@b.com\",\"lines\":[{\"sku\":\"S\",\"quantity\":1},"
                + "{\"sku\":\"T\",\"quantity\":3000000000}]}");

        assertThat(problem.code()).isEqualTo("validation_failed");
        assertThat(problem.errors()).extracting(Problem.FieldProblem::field).containsExactly("lines[1].quantity");
    }

    @Test
    void a_duplicate_field_is_malformed_json() {
        assertThat(problemOf("{\"email\":\"a@b.com\",\"email\":\"c@d.com\",\"lines\":[]}").code())
                .isEqualTo("malformed_json");
    }

    @Test
    void nesting_deeper_than_the_parser_allows_is_malformed_json() {
        assertThat(problemOf("[".repeat(5000) + "]".repeat(5000)).code()).isEqualTo("malformed_json");
    }

    @Test
    void an_empty_or_blank_body_is_a_missing_body_problem() {
        assertThat(problemOf("").code()).isEqualTo("missing_body");
        assertThat(problemOf("  \n").code()).isEqualTo("missing_body");
    }

    @Test
    void a_document_that_is_not_an_object_is_the_wrong_type() {
        assertThat(problemOf("[]").code()).isEqualTo("invalid_json_type");
        assertThat(problemOf("\"text\"").code()).isEqualTo("invalid_json_type");
    }
}
