package io.orderstream.orderapi.api;

import java.util.List;

/**
 * The body of {@code POST /orders}. Amounts are integer minor units. Numbers are boxed so that a
 * missing one is told apart from a zero.
 */
public record CreateOrderRequest(String customerEmail, String currency, List<Line> lines) {

    public record Line(String sku, String name, Integer quantity, Long unitPrice) {
    }
}
