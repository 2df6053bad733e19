package io.orderstream.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

    @Test
    void a_cursor_decodes_to_the_values_it_was_made_of() {
        String cursor = KeysetCursor.encode("2026-11-21T10:00:00Z", "order-1");

        assertThat(KeysetCursor.decode(cursor, 2)).contains(List.of("2026-11-21T10:00:00Z", "order-1"));
    }

    @Test
    void a_cursor_is_url_safe_text() {
        assertThat(KeysetCursor.encode("inv_ÿ?/+", "x")).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void a_cursor_of_another_number_of_values_is_no_cursor() {
        assertThat(KeysetCursor.decode(KeysetCursor.encode("a", "b"), 1)).isEmpty();
        assertThat(KeysetCursor.decode(KeysetCursor.encode("a"), 2)).isEmpty();
    }

    @Test
    void text_that_is_not_base64_is_no_cursor() {
        assertThat(KeysetCursor.decode("not base64!", 1)).isEmpty();
    }
}
