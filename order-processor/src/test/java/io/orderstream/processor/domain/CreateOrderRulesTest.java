package io.orderstream.processor.domain;

import static io.orderstream.processor.domain.OrderFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.processor.domain.Command.CreateOrder;
import io.orderstream.processor.domain.Decision.FieldError;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateOrderRulesTest {

    private static final LineItem MUG = new LineItem("SKU-1", "Mug", 2, 1250);

    private static List<String> codes(String email, String currency, List<LineItem> lines) {
        return CreateOrderRules.check(new CreateOrder("c", email, currency, lines, false), POLICY).stream()
                .map(e -> e.field() + ":" + e.code()).toList();
    }

    private static List<String> codesOfLine(LineItem line) {
        return codes("a@b.com", "EUR", List.of(line));
    }

    @Test
    void a_valid_order_breaks_no_rule() {
        assertThat(codes("a@b.com", "EUR", List.of(MUG))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a@b", "@b.com", "a b@c.com", "a@b.", "a@@b.com"})
    void an_invalid_email_is_reported(String email) {
        assertThat(codes(email, "EUR", List.of(MUG))).containsExactly("customerEmail:email_invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.com\u0007", "a\u0000@b.com", "a@b.com\n"})
    void an_email_with_a_control_character_is_reported_as_control_character(String email) {
        assertThat(codes(email, "EUR", List.of(MUG))).containsExactly("customerEmail:control_character");
    }

    @Test
    void an_email_of_255_characters_is_reported() {
        assertThat(codes("a".repeat(247) + "@b.com.x", "EUR", List.of(MUG)))
                .containsExactly("customerEmail:email_invalid");
    }

    @Test
    void a_name_with_a_nul_character_is_reported_as_control_character() {
        assertThat(codesOfLine(new LineItem("SKU-1", "Mug\u0000", 1, 100)))
                .containsExactly("lines[0].name:control_character");
    }

    @Test
    void a_name_of_200_characters_is_allowed_and_201_is_not() {
        assertThat(codesOfLine(new LineItem("SKU-1", "n".repeat(200), 1, 100))).isEmpty();
        assertThat(codesOfLine(new LineItem("SKU-1", "n".repeat(201), 1, 100)))
                .containsExactly("lines[0].name:name_invalid");
    }

    @Test
    void a_sku_with_a_control_character_is_reported_as_control_character_as_order_api_does() {
        assertThat(codesOfLine(new LineItem("SKU\u001f1", "Mug", 1, 100)))
                .containsExactly("lines[0].sku:control_character");
    }

    @Test
    void a_missing_email_is_reported() {
        assertThat(codes(null, "EUR", List.of(MUG))).containsExactly("customerEmail:email_invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "eur", "EURO", "ABC", "XXX"})
    void a_currency_that_is_not_a_supported_iso_4217_code_is_reported(String currency) {
        assertThat(codes("a@b.com", currency, List.of(MUG))).containsExactly("currency:currency_unsupported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "JPY", "CHF", "BHD"})
    void iso_4217_currencies_are_supported(String currency) {
        assertThat(codes("a@b.com", currency, List.of(MUG))).isEmpty();
    }

    @Test
    void no_lines_is_reported() {
        assertThat(codes("a@b.com", "EUR", List.of())).containsExactly("lines:lines_count_out_of_range");
    }

    @Test
    void one_hundred_lines_are_allowed_and_one_hundred_and_one_are_not() {
        assertThat(codes("a@b.com", "EUR", lines(100))).isEmpty();
        assertThat(codes("a@b.com", "EUR", lines(101))).containsExactly("lines:lines_count_out_of_range");
    }

    private static List<LineItem> lines(int count) {
        return IntStream.range(0, count).mapToObj(i -> new LineItem("SKU-" + i, "Item", 1, 100)).toList();
    }

    @Test
    void a_blank_sku_is_reported() {
        assertThat(codesOfLine(new LineItem("  ", "Mug", 1, 1))).containsExactly("lines[0].sku:sku_blank");
    }

    @Test
    void a_sku_of_64_characters_is_allowed_and_65_is_not() {
        assertThat(codesOfLine(new LineItem("S".repeat(64), "Mug", 1, 1))).isEmpty();
        assertThat(codesOfLine(new LineItem("S".repeat(65), "Mug", 1, 1))).containsExactly("lines[0].sku:sku_too_long");
    }

    @Test
    void a_blank_name_is_reported() {
        assertThat(codesOfLine(new LineItem("SKU-1", "", 1, 1))).containsExactly("lines[0].name:name_invalid");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001})
    void a_quantity_outside_1_to_1000_is_reported(int quantity) {
        assertThat(codesOfLine(new LineItem("SKU-1", "Mug", quantity, 1)))
                .containsExactly("lines[0].quantity:quantity_out_of_range");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -5})
    void a_unit_price_that_is_not_positive_is_reported(long price) {
        assertThat(codesOfLine(new LineItem("SKU-1", "Mug", 1, price)))
                .containsExactly("lines[0].unitPrice:unit_price_not_positive");
    }

    @Test
    void a_duplicate_sku_is_reported_on_the_later_line() {
        assertThat(codes("a@b.com", "EUR", List.of(MUG, new LineItem("SKU-1", "Mug again", 1, 10))))
                .containsExactly("lines[1].sku:sku_duplicate");
    }

    @Test
    void a_total_of_exactly_the_maximum_is_allowed() {
        assertThat(codesOfLine(new LineItem("SKU-1", "Car", 1, 100_000_000))).isEmpty();
    }

    @Test
    void a_total_over_the_maximum_is_reported() {
        assertThat(codesOfLine(new LineItem("SKU-1", "Car", 1, 100_000_001)))
                .containsExactly("lines:total_exceeds_maximum");
    }

    @Test
    void the_maximum_follows_the_currency_s_minor_units() {
        assertThat(codes("a@b.com", "JPY", List.of(new LineItem("SKU-1", "Car", 1, 1_000_000)))).isEmpty();
        assertThat(codes("a@b.com", "JPY", List.of(new LineItem("SKU-1", "Car", 1, 1_000_001))))
                .containsExactly("lines:total_exceeds_maximum");
    }

    @Test
    void a_total_that_would_overflow_a_long_is_reported_not_wrapped() {
        assertThat(codesOfLine(new LineItem("SKU-1", "Car", 1000, Long.MAX_VALUE / 10)))
                .containsExactly("lines:total_exceeds_maximum");
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        List<FieldError> errors = CreateOrderRules.check(new CreateOrder("c", "x", "eur",
                List.of(new LineItem("", "", 0, 0)), false), POLICY);

        assertThat(errors).extracting(FieldError::code).containsExactly("email_invalid", "currency_unsupported",
                "sku_blank", "name_invalid", "quantity_out_of_range", "unit_price_not_positive");
    }
}
