package io.orderstream.processor.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The order aggregate: what all its events, applied in order, add up to.
 *
 * @param fulfillment null until the order is paid and sent to the warehouse
 * @param charge      the payment a create-and-pay order waits for; null otherwise
 * @param commands    the client's commands applied to it, so one delivered again is answered as the first time
 * @param rejection   why a create-and-pay order was rejected; null unless REJECTED
 * @param terms       whose order it is (a merchant's or the shop's) and how it is paid
 * @param released    what cancel-remainder released: never shipped, never invoiced
 * @param invoices    a pay-later order's invoices to the buyer, one per shipment, oldest first
 * @param refunds     money going back to the buyer
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
        ChargeRejection rejection,
        OrderTerms terms,
        long released,
        List<BuyerInvoice> invoices,
        List<Refund> refunds) {

    public Order {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        shipments = List.copyOf(shipments);
        terms = terms == null ? OrderTerms.SHOP : terms;
        invoices = List.copyOf(invoices);
        refunds = List.copyOf(refunds);
    }

    /** An order of the platform's own shop, paid before shipping, as before merchants existed. */
    public Order(String id, String customerEmail, String currency, Status status, List<LineItem> lines, long total,
                 long paid, List<AppliedPayment> payments, List<RecordedShipment> shipments,
                 RequestedFulfillment fulfillment, PendingCharge charge, long version, Instant createdAt,
                 Instant updatedAt, AppliedCommands commands, ChargeRejection rejection) {
        this(id, customerEmail, currency, status, lines, total, paid, payments, shipments, fulfillment, charge,
                version, createdAt, updatedAt, commands, rejection, OrderTerms.SHOP, 0, List.of(), List.of());
    }

    /** Prepaid: what is left to pay before shipping. Pay-later: what the buyer will owe in all, less what is paid. */
    public long balanceDue() {
        return total - released - paid;
    }

    public long shipped() {
        return shipments.stream().mapToLong(RecordedShipment::amount).sum();
    }

    /** What may still ship: the total less what shipped and what cancel-remainder released. */
    public long remaining() {
        return total - released - shipped();
    }

    public long invoiced() {
        return invoices.stream().mapToLong(BuyerInvoice::amount).sum();
    }

    /** What the buyer's invoices ask and was not paid yet. */
    public long openInvoiced() {
        return invoiced() - paid;
    }

    public Optional<AppliedPayment> payment(String paymentId) {
        return payments.stream().filter(p -> p.paymentId().equals(paymentId)).findFirst();
    }

    public boolean hasShipment(String shipmentId) {
        return shipment(shipmentId).isPresent();
    }

    public Optional<RecordedShipment> shipment(String shipmentId) {
        return shipments.stream().filter(s -> s.shipmentId().equals(shipmentId)).findFirst();
    }

    public Optional<RecordedShipment> shipmentPaidOutBy(String payoutId) {
        return shipments.stream().filter(s -> s.payout() != null && s.payout().payoutId().equals(payoutId))
                .findFirst();
    }

    public Optional<Refund> refund(String refundId) {
        return refunds.stream().filter(r -> r.refundId().equals(refundId)).findFirst();
    }

    /** The charge captured for a create-and-pay order: what a refund refunds; null when paid otherwise. */
    public String capturedChargeId() {
        return charge != null && !payments.isEmpty() ? payments.getFirst().paymentId() : null;
    }

    Order withStatus(Status newStatus, Instant at) {
        return new Order(id, customerEmail, currency, newStatus, lines, total, paid, payments, shipments,
                fulfillment, charge, version + 1, createdAt, at, commands, rejection, terms, released, invoices,
                refunds);
    }

    /** A payment, settling the oldest open invoices first (a prepaid order has none). */
    Order withPayment(AppliedPayment payment) {
        var all = new ArrayList<>(payments);
        all.add(payment);
        List<BuyerInvoice> settled = new ArrayList<>();
        long left = payment.amount();
        for (BuyerInvoice invoice : invoices) {
            long part = Math.min(left, invoice.balance());
            settled.add(part > 0 ? invoice.paying(part) : invoice);
            left -= part;
        }
        return new Order(id, customerEmail, currency, status, lines, total, paid + payment.amount(), all,
                shipments, fulfillment, charge, version + 1, createdAt, payment.appliedAt(), commands, rejection,
                terms, released, settled, refunds);
    }

    /** A shipment; a pay-later order's first one starts its fulfillment. */
    Order withShipment(RecordedShipment shipment) {
        var all = new ArrayList<>(shipments);
        all.add(shipment);
        Status newStatus = status == Status.CREATED ? Status.IN_FULFILLMENT : status;
        return new Order(id, customerEmail, currency, newStatus, lines, total, paid, payments, all,
                fulfillment, charge, version + 1, createdAt, shipment.shippedAt(), commands, rejection, terms,
                released, invoices, refunds);
    }

    Order withShipmentChanged(String shipmentId, UnaryOperator<RecordedShipment> change, Instant at) {
        var all = shipments.stream().map(s -> s.shipmentId().equals(shipmentId) ? change.apply(s) : s).toList();
        return new Order(id, customerEmail, currency, status, lines, total, paid, payments, all,
                fulfillment, charge, version + 1, createdAt, at, commands, rejection, terms, released, invoices,
                refunds);
    }

    Order withInvoice(BuyerInvoice invoice) {
        var all = new ArrayList<>(invoices);
        all.add(invoice);
        return new Order(id, customerEmail, currency, status, lines, total, paid, payments, shipments,
                fulfillment, charge, version + 1, createdAt, invoice.issuedAt(), commands, rejection, terms,
                released, all, refunds);
    }

    Order withReleased(long newReleased, Instant at) {
        return new Order(id, customerEmail, currency, status, lines, total, paid, payments, shipments,
                fulfillment, charge, version + 1, createdAt, at, commands, rejection, terms, newReleased, invoices,
                refunds);
    }

    /** A refund asked for, or the same refund settled (replacing it where it stands). */
    Order withRefund(Refund refund, Instant at) {
        List<Refund> all = new ArrayList<>(refunds.stream()
                .map(r -> r.refundId().equals(refund.refundId()) ? refund : r).toList());
        if (refund(refund.refundId()).isEmpty()) {
            all.add(refund);
        }
        return new Order(id, customerEmail, currency, status, lines, total, paid, payments, shipments,
                fulfillment, charge, version + 1, createdAt, at, commands, rejection, terms, released, invoices, all);
    }

    Order withFulfillment(RequestedFulfillment newFulfillment, Status newStatus, Instant at) {
        return new Order(id, customerEmail, currency, newStatus, lines, total, paid, payments, shipments,
                newFulfillment, charge, version + 1, createdAt, at, commands, rejection, terms, released, invoices,
                refunds);
    }

    Order withCharge(PendingCharge newCharge, Instant at) {
        return new Order(id, customerEmail, currency, status, lines, total, paid, payments, shipments,
                fulfillment, newCharge, version + 1, createdAt, at, commands, rejection, terms, released, invoices,
                refunds);
    }

    Order rejected(ChargeRejection why, Instant at) {
        return new Order(id, customerEmail, currency, Status.REJECTED, lines, total, paid, payments, shipments,
                fulfillment, charge, version + 1, createdAt, at, commands, why, terms, released, invoices, refunds);
    }

    /** Not an event: the order's version and time stay as they are. */
    Order withCommands(AppliedCommands newCommands) {
        return new Order(id, customerEmail, currency, status, lines, total, paid, payments, shipments,
                fulfillment, charge, version, createdAt, updatedAt, newCommands, rejection, terms, released, invoices,
                refunds);
    }
}
