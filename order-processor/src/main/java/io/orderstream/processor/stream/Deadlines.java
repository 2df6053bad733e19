package io.orderstream.processor.stream;

import io.orderstream.processor.domain.Reactions.Deadline.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Orders waiting for an answer (the warehouse's, or the payment worker's), indexed by when it is
 * due, so finding the overdue ones is a range scan, not a walk over every order. Keys are
 * {@code <deadline millis, zero-padded>|<kind>|<order id>}, which sort by time as bytes.
 */
final class Deadlines {

    record Due(Kind kind, String orderId) {
    }

    private final KeyValueStore<String, String> index;

    Deadlines(KeyValueStore<String, String> index) {
        this.index = index;
    }

    void add(Kind kind, String orderId, Instant deadline) {
        index.put(key(kind, orderId, deadline), kind + "|" + orderId);
    }

    /** Forgets a deadline whose wait has ended; nothing when it was taken already. */
    void remove(Kind kind, String orderId, Instant deadline) {
        index.delete(key(kind, orderId, deadline));
    }

    private static String key(Kind kind, String orderId, Instant deadline) {
        return String.format("%019d|%s|%s", deadline.toEpochMilli(), kind, orderId);
    }

    /** Removes and returns what is due at or before {@code now}, earliest first. */
    List<Due> takeDue(Instant now) {
        List<String> keys = new ArrayList<>();
        List<Due> due = new ArrayList<>();
        try (var entries = index.range(String.format("%019d|", 0), String.format("%019d|\uffff", now.toEpochMilli()))) {
            entries.forEachRemaining(entry -> {
                keys.add(entry.key);
                String[] kindAndOrder = entry.value.split("\\|", 2);
                due.add(new Due(Kind.valueOf(kindAndOrder[0]), kindAndOrder[1]));
            });
        }
        keys.forEach(index::delete);
        return due;
    }
}
