package io.orderstream.orderapi.view;

import java.util.List;

/**
 * One page of {@code GET /orders}: the orders, newest first, and the cursor of the next page
 * ({@code null} on the last one).
 */
public record OrderPage(List<OrderView> items, String next) {
}
