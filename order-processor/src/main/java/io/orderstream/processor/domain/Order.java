package io.orderstream.processor.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The order aggregate: what all its events, applied in order, add up to. */
public record Order(
        String id,
        String customerEmail,
        String currency,
        OrderStatus status,
        List<OrderLine> lines,
        long total,
        long paid,
        long shipped,
        List<Payment> payments,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Order {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    public long balanceDue() {
        return total - paid;
    }

    public Optional<Payment> payment(String paymentId) {
        return payments.stream().filter(p -> p.paymentId().equals(paymentId)).findFirst();
    }

    Order with(OrderStatus newStatus, long newPaid, List<Payment> newPayments, Instant at) {
        return new Order(id, customerEmail, currency, newStatus, lines, total, newPaid, shipped, newPayments,
                version + 1, createdAt, at);
    }
}
