package io.orderstream.orderapi.api;

import java.util.List;

/**
 * The body of {@code POST /orders}. Amounts are integer minor units. Numbers and flags are boxed so that
 * a missing one is told apart from a zero. With {@code payNow} the order is charged at once
 * ({@code paymentMethod} optional) and shown only once the charge is captured.
 */
public record CreateOrderRequest(String customerEmail, String currency, List<Line> lines, Boolean payNow,
                                 String paymentMethod) {

    public record Line(String sku, String name, Integer quantity, Long unitPrice) {
    }

    public boolean paysNow() {
        return Boolean.TRUE.equals(payNow);
    }
}
