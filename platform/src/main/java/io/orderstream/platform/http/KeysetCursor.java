package io.orderstream.platform.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The {@code next} / {@code after} cursor of a keyset-paginated listing: the values of a page's last row that the
 * next page starts after, opaque to clients (URL-safe base64 of the values, separated by {@code |}). Values must not
 * hold {@code |}; what they mean and how each is checked is the listing's business.
 */
public final class KeysetCursor {

    private static final String SEPARATOR = "|";

    private KeysetCursor() {
    }

    public static String encode(String... values) {
        String plain = String.join(SEPARATOR, values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code count} values of a cursor {@link #encode} made; empty when the text is no such cursor. */
    public static Optional<List<String>> decode(String cursor, int count) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = Arrays.asList(plain.split("\\" + SEPARATOR, -1));
            return values.size() == count ? Optional.of(List.copyOf(values)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
