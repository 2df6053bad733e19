package io.orderstream.orderapi.store;

import io.orderstream.orderapi.view.OrderView;
import java.util.List;
import java.util.Optional;

/** One page of a listing and, unless it is the last, the position the next page starts after. */
public record ListedOrders(List<OrderView> orders, Optional<ListingPosition> next) {
}
