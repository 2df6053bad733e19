package io.orderstream.orderapi.view;

import java.util.List;

/** The body of {@code GET /orders/{id}/events}: the order's events, oldest first. */
public record EventHistory(List<OrderEventView> items) {
}
