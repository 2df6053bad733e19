package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.store.ListingPosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListingCursorTest {

    private static final ListingPosition POSITION =
            new ListingPosition(Instant.parse("2026-11-21T10:15:30.123456Z"), "order-1.a:b_c"); // every character an id may have

    @Test
    void a_cursor_decodes_to_the_position_it_was_made_of() {
        assertThat(ListingCursor.decode(ListingCursor.encode(POSITION))).contains(POSITION);
    }

    @Test
    void a_cursor_is_url_safe() {
        assertThat(ListingCursor.encode(POSITION)).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "bm90LWEtY3Vyc29y", "%%%"})
    void text_that_is_no_cursor_decodes_to_nothing(String text) {
        assertThat(ListingCursor.decode(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-21T10:15:30Z|", "yesterday|order-1", "|order-1", "2026-11-21T10:15:30Z|a\u0000b",
        "2026-11-21T10:15:30Z|an id with spaces"})
    void a_cursor_with_a_broken_position_decodes_to_nothing(String plain) {
        String cursor = Base64.getUrlEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));

        assertThat(ListingCursor.decode(cursor)).isEmpty();
    }
}
