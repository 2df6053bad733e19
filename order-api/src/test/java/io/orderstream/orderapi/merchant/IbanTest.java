package io.orderstream.orderapi.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
            "NL91ABNA0417164300", "BE68539007547034"})
    void an_iban_with_right_check_digits_is_valid(String iban) {
        assertThat(Iban.isValid(iban)).isTrue();
    }

    @Test
    void one_changed_digit_breaks_the_mod_97_check() {
        assertThat(Iban.isValid("DE89370400440532013001")).isFalse();
    }

    @Test
    void swapped_check_digits_are_refused() {
        assertThat(Iban.isValid("DE98370400440532013000")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DE89", "de89370400440532013000", "DE89 3704 0044 0532 0130 00", "XX89370400440532013000",
            "DE89370400440532013000000000000000000", "DE8937040044053201300!"})
    void text_of_another_shape_is_no_iban(String text) {
        assertThat(Iban.isValid(text)).isFalse();
    }

    @Test
    void null_is_no_iban() {
        assertThat(Iban.isValid(null)).isFalse();
    }

    @Test
    void an_iban_written_in_groups_and_small_letters_is_normalized_before_the_check() {
        String normalized = Iban.normalized("de89 3704 0044 0532 0130 00");

        assertThat(normalized).isEqualTo("DE89370400440532013000");
        assertThat(Iban.isValid(normalized)).isTrue();
    }
}
