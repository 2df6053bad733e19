package io.orderstream.processor.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Orders waiting for the warehouse, indexed by when their answer is due, so that finding the
 * overdue ones is a range scan, not a walk over every order. Keys are {@code <deadline millis,
 * zero-padded>|<order id>}, which sort by time as bytes.
 */
final class FulfillmentDeadlines {

    private final KeyValueStore<String, String> index;

    FulfillmentDeadlines(KeyValueStore<String, String> index) {
        this.index = index;
    }

    void add(String orderId, Instant deadline) {
        index.put(key(deadline, orderId), orderId);
    }

    /** Removes and returns the orders whose deadline is at or before {@code now}, earliest first. */
    List<String> takeDue(Instant now) {
        List<String> keys = new ArrayList<>();
        List<String> orderIds = new ArrayList<>();
        try (var due = index.range(key(Instant.EPOCH, ""), key(now, "\uffff"))) {
            due.forEachRemaining(entry -> {
                keys.add(entry.key);
                orderIds.add(entry.value);
            });
        }
        keys.forEach(index::delete);
        return orderIds;
    }

    private static String key(Instant deadline, String orderId) {
        return String.format("%019d|%s", deadline.toEpochMilli(), orderId);
    }
}
