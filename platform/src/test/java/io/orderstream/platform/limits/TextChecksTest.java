package io.orderstream.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextChecksTest {

    @Test
    void nul_and_every_other_c0_or_c1_control_character_is_a_control_character() {
        for (char c : new char[] {'\u0000', '\u0007', '\t', '\n', '\r', '\u001f', '\u007f', '\u0085', '\u009f'}) {
            assertThat(TextChecks.hasControlCharacter("a" + c + "b")).as("U+%04X", (int) c).isTrue();
        }
    }

    @Test
    void a_lone_surrogate_counts_as_a_control_character() {
        assertThat(TextChecks.hasControlCharacter("a\uD800")).isTrue();
        assertThat(TextChecks.hasControlCharacter("\uDC00a")).isTrue();
        assertThat(TextChecks.hasControlCharacter("\uDE00\uD83D")).isTrue();
    }

    @Test
    void ordinary_text_with_accents_and_emoji_has_no_control_character() {
        assertThat(TextChecks.hasControlCharacter("Caf\u00e9 \uD83D\uDE00 mug, 2 \u00d7 12.50 \u20ac")).isFalse();
        assertThat(TextChecks.hasControlCharacter("")).isFalse();
    }

    @Test
    void an_id_is_1_to_64_letters_digits_dots_underscores_colons_or_hyphens() {
        assertThat(TextChecks.isId("p-1")).isTrue();
        assertThat(TextChecks.isId("8c4f2a7e-1d2b-4c3a-9e8f-0a1b2c3d4e5f")).isTrue();
        assertThat(TextChecks.isId("order_1.a:b")).isTrue();
        assertThat(TextChecks.isId("x".repeat(OrderLimits.MAX_ID_LENGTH))).isTrue();
    }

    @Test
    void anything_else_is_no_id() {
        assertThat(TextChecks.isId(null)).isFalse();
        assertThat(TextChecks.isId("")).isFalse();
        assertThat(TextChecks.isId("x".repeat(OrderLimits.MAX_ID_LENGTH + 1))).isFalse();
        assertThat(TextChecks.isId("a\u0000")).isFalse();
        assertThat(TextChecks.isId("a b")).isFalse();
        assertThat(TextChecks.isId("a/b")).isFalse();
        assertThat(TextChecks.isId("\u00e9")).isFalse();
    }
}
