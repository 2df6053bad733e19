package io.orderstream.orderapi.store;

import java.time.Instant;

/** Where a page of a customer's orders ends: the last order's creation time and id (ids break ties). */
public record ListingPosition(Instant createdAt, String orderId) {
}
