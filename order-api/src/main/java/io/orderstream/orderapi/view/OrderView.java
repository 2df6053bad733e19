package io.orderstream.orderapi.view;

import java.time.Instant;
import java.util.List;

/**
 * An order as clients see it, in {@code POST /orders} answers, in {@code GET /orders/{id}} and in
 * the read model's {@code body} column. Amounts are integer minor units of {@code currency}.
 */
public record OrderView(
        String id,
        String customerEmail,
        String currency,
        String status,
        List<LineView> lines,
        long total,
        long paid,
        long balanceDue,
        long shipped,
        List<PaymentView> payments,
        List<ShipmentView> shipments,
        FulfillmentView fulfillment,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public record LineView(String sku, String name, int quantity, long unitPrice) {
    }

    public record PaymentView(String id, long amount, Instant appliedAt) {
    }

    public record ShipmentView(String id, long amount, List<ShipmentLineView> lines, Instant shippedAt) {
    }

    public record ShipmentLineView(String sku, int quantity) {
    }

    /**
     * The warehouse's work on the order: {@code result} is SUCCEEDED or FAILED, and it and
     * {@code completedAt} stay null until the warehouse answers (or the attempts run out).
     */
    public record FulfillmentView(String requestId, int attempts, String result, String reason, Instant requestedAt,
                                  Instant completedAt) {
    }
}
