package io.orderstream.orderapi;

import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import java.time.Instant;
import java.util.List;

/** Order snapshots as the order-processor publishes them, for tests. */
public final class OrderStates {

    public static final Instant CREATED_AT = Instant.parse("2026-11-21T10:15:30.123Z");

    private OrderStates() {
    }

    /** A fresh order: two mugs at 12.50 EUR, nothing paid, version 1. */
    public static OrderState.Builder created(String orderId) {
        return OrderState.newBuilder()
                .setOrderId(orderId)
                .setCustomerEmail("a@b.com")
                .setCurrency("EUR")
                .setStatus(OrderStatus.CREATED)
                .setLines(List.of(new OrderLine("SKU-1", "Mug", 2, 1250L)))
                .setTotal(2500)
                .setPaid(0)
                .setBalanceDue(2500)
                .setShipped(0)
                .setVersion(1)
                .setCreatedAt(CREATED_AT)
                .setUpdatedAt(CREATED_AT);
    }

    /** The same order later: {@code version} events applied, in the given status. */
    public static OrderState at(String orderId, long version, OrderStatus status) {
        return created(orderId)
                .setVersion(version)
                .setStatus(status)
                .setUpdatedAt(CREATED_AT.plusSeconds(version))
                .build();
    }
}
