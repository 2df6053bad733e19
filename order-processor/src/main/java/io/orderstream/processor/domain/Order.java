package io.orderstream.processor.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order aggregate: what all its events, applied in order, add up to.
 *
 * @param fulfillment null until the order is paid and sent to the warehouse
 * @param charge      the payment a create-and-pay order waits for; null otherwise
 * @param commands    the client's commands applied to it, so one delivered again is answered as the first time
 * @param rejection   why a create-and-pay order was rejected; null unless REJECTED
 */
public record Order(
        String id,
        String customerEmail,
        String currency,
        Status status,
        List<LineItem> lines,
        long total,
        long paid,
        List<AppliedPayment> payments,
        List<RecordedShipment> shipments,
        RequestedFulfillment fulfillment,
        PendingCharge charge,
        long version,
        Instant createdAt,
        Instant updatedAt,
        AppliedCommands commands,
        ChargeRejection rejection) {

    public Order {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        shipments = List.copyOf(shipments);
    }

    public long balanceDue() {
        return total - paid;
    }

    public long shipped() {
        return shipments.stream().mapToLong(RecordedShipment::amount).sum();
    }

    public Optional<AppliedPayment> payment(String paymentId) {
        return payments.stream().filter(p -> p.paymentId().equals(paymentId)).findFirst();
    }

    public boolean hasShipment(String shipmentId) {
        return shipments.stream().anyMatch(s -> s.shipmentId().equals(shipmentId));
    }

    Order withStatus(Status newStatus, Instant at) {
        return new Order(id, customerEmail, currency, newStatus, lines, total, paid, payments, shipments,
                fulfillment, charge, version + 1, createdAt, at, commands, rejection);
    }

    Order withPayment(AppliedPayment payment) {
        var all = new ArrayList<>(payments);
        all.add(payment);
        return new Order(id, customerEmail, currency, status, lines, total, paid + payment.amount(), all,
                shipments, fulfillment, charge, version + 1, createdAt, payment.appliedAt(), commands, rejection);
    }

    Order withShipment(RecordedShipment shipment) {
        var all = new ArrayList<>(shipments);
        all.add(shipment);
        return new Order(id, customerEmail, currency, status, lines, total, paid, payments, all,
                fulfillment, charge, version + 1, createdAt, shipment.shippedAt(), commands, rejection);
    }

    Order withFulfillment(RequestedFulfillment newFulfillment, Status newStatus, Instant at) {
        return new Order(id, customerEmail, currency, newStatus, lines, total, paid, payments, shipments,
                newFulfillment, charge, version + 1, createdAt, at, commands, rejection);
    }

    Order withCharge(PendingCharge newCharge, Instant at) {
        return new Order(id, customerEmail, currency, status, lines, total, paid, payments, shipments,
                fulfillment, newCharge, version + 1, createdAt, at, commands, rejection);
    }

    Order rejected(ChargeRejection why, Instant at) {
        return new Order(id, customerEmail, currency, Status.REJECTED, lines, total, paid, payments, shipments,
                fulfillment, charge, version + 1, createdAt, at, commands, why);
    }

    /** Not an event: the order's version and time stay as they are. */
    Order withCommands(AppliedCommands newCommands) {
        return new Order(id, customerEmail, currency, status, lines, total, paid, payments, shipments,
                fulfillment, charge, version, createdAt, updatedAt, newCommands, rejection);
    }
}
