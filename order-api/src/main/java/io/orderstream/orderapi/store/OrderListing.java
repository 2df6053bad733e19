package io.orderstream.orderapi.store;

import io.orderstream.schemas.order.OrderStatus;
import java.util.List;
import java.util.Optional;

/**
 * Which of a customer's orders to list: those in {@code statuses}, at most {@code limit}, newest first,
 * starting after {@code after} (from the start when empty). The e-mail is compared without case.
 */
public record OrderListing(String customerEmail, List<OrderStatus> statuses, int limit,
                           Optional<ListingPosition> after) {

    public OrderListing {
        statuses = List.copyOf(statuses);
        if (limit < 1) {
            throw new IllegalArgumentException("a listing has at least one order per page, not " + limit);
        }
    }
}
