package io.orderstream.processor.domain;

import java.time.Instant;
import java.util.List;

/** What happened to an order. Events are facts: evolve applies them without asking. */
public sealed interface Event {

    Instant at();

    record OrderCreated(String customerEmail, String currency, List<LineItem> lines, long total, boolean payNow,
                        OrderTerms terms, Instant at) implements Event {
        public OrderCreated {
            lines = List.copyOf(lines);
            terms = terms == null ? OrderTerms.SHOP : terms;
        }

        /** An order of the platform's own shop, paid before shipping. */
        public OrderCreated(String customerEmail, String currency, List<LineItem> lines, long total, boolean payNow,
                            Instant at) {
            this(customerEmail, currency, lines, total, payNow, OrderTerms.SHOP, at);
        }
    }

    record PaymentApplied(String paymentId, long amount, Instant at) implements Event {
    }

    record OrderPaid(long paid, Instant at) implements Event {
    }

    /** A create-and-pay order's charge is asked of the payment worker (again, on a later attempt). */
    record ChargeRequested(String requestId, long amount, int attempt, Instant at) implements Event {
    }

    /** A create-and-pay order whose charge was not captured: it never becomes visible. */
    record OrderRejected(String code, String reason, Instant at) implements Event {
        public ChargeRejection rejection() {
            return new ChargeRejection(code, reason);
        }
    }

    record FulfillmentRequested(String requestId, int attempt, Instant at) implements Event {
    }

    record ShipmentRecorded(RecordedShipment shipment) implements Event {
        @Override
        public Instant at() {
            return shipment.shippedAt();
        }
    }

    record FulfillmentCompleted(RequestedFulfillment.Outcome outcome, String reason, Instant at) implements Event {
    }

    record OrderClosed(RequestedFulfillment.Outcome outcome, Instant at) implements Event {
    }

    record OrderCancelled(String reason, Instant at) implements Event {
    }

    /** A shipment's payout to the merchant is asked of the payment worker: the shipment's amount less the fee. */
    record PayoutRequested(String payoutId, String shipmentId, long amount, long fee, Instant at) implements Event {
    }

    /** @param status SUCCEEDED or FAILED */
    record PayoutSettled(String payoutId, String shipmentId, TransferStatus status, String providerId, String reason,
                         Instant at) implements Event {
    }

    /** A pay-later order's shipment invoices the buyer for it. */
    record InvoiceIssued(String invoiceNumber, String shipmentId, long amount, Instant dueAt, Instant at)
            implements Event {
    }

    /** What has not shipped will never ship: {@code released} leaves the order's total for shipping and invoicing. */
    record RemainderCancelled(long released, String reason, Instant at) implements Event {
    }

    /** A pay-later order shipped in full (or its remainder was cancelled): it waits for its invoices to be paid. */
    record OrderShipped(long shipped, Instant at) implements Event {
    }

    /** Money taken for goods that will never ship goes back to the buyer. */
    record RefundRequested(String refundId, long amount, String reason, Instant at) implements Event {
    }

    /** @param status SUCCEEDED or FAILED */
    record RefundSettled(String refundId, TransferStatus status, String providerId, String reason, Instant at)
            implements Event {
    }
}
