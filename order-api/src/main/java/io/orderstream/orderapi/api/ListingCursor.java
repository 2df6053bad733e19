package io.orderstream.orderapi.api;

import io.orderstream.orderapi.store.ListingPosition;
import io.orderstream.platform.limits.TextChecks;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code next} / {@code after} cursor of the order listing: the position of a page's last order, opaque
 * to clients (URL-safe base64 of its creation time and id).
 */
final class ListingCursor {

    private static final char SEPARATOR = '|';

    private ListingCursor() {
    }

    static String encode(ListingPosition position) {
        String plain = position.createdAt().toString() + SEPARATOR + position.orderId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is no cursor this API made. */
    static Optional<ListingPosition> decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            if (separator < 0 || !TextChecks.isId(plain.substring(separator + 1))) {
                return Optional.empty(); // no cursor of ours names an id that cannot exist
            }
            return Optional.of(new ListingPosition(Instant.parse(plain.substring(0, separator)),
                    plain.substring(separator + 1)));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
