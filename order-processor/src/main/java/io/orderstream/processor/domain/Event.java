package io.orderstream.processor.domain;

import java.time.Instant;
import java.util.List;

/** What happened to an order. Events are facts: evolve applies them without asking. */
public sealed interface Event {

    Instant at();

    record OrderCreated(String customerEmail, String currency, List<LineItem> lines, long total, boolean payNow,
                        Instant at) implements Event {
        public OrderCreated {
            lines = List.copyOf(lines);
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
}
