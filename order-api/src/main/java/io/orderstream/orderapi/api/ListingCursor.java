package io.orderstream.orderapi.api;

import io.orderstream.orderapi.store.ListingPosition;
import io.orderstream.platform.http.KeysetCursor;
import io.orderstream.platform.limits.TextChecks;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code next} / {@code after} cursor of the order listing: the position of a page's last order, opaque
 * to clients (the platform's {@link KeysetCursor} of its creation time and id).
 */
final class ListingCursor {

    private ListingCursor() {
    }

    static String encode(ListingPosition position) {
        return KeysetCursor.encode(position.createdAt().toString(), position.orderId());
    }

    /** Empty when the text is no cursor this API made. */
    static Optional<ListingPosition> decode(String cursor) {
        Optional<List<String>> values = KeysetCursor.decode(cursor, 2);
        if (values.isEmpty() || !TextChecks.isId(values.get().get(1))) {
            return Optional.empty(); // no cursor of ours names an id that cannot exist
        }
        try {
            return Optional.of(new ListingPosition(Instant.parse(values.get().get(0)), values.get().get(1)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
