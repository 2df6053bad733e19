package io.orderstream.processor.domain;

import java.time.Instant;
import java.util.List;

/** What happened to an order. Events are facts: evolve applies them without asking. */
public sealed interface OrderEvent {

    Instant at();

    record OrderCreated(String customerEmail, String currency, List<OrderLine> lines, long total, boolean payNow,
                        Instant at) implements OrderEvent {
        public OrderCreated {
            lines = List.copyOf(lines);
        }
    }

    record PaymentApplied(String paymentId, long amount, Instant at) implements OrderEvent {
    }

    record OrderPaid(long paid, Instant at) implements OrderEvent {
    }

    /** A create-and-pay order's charge is asked of the payment worker (again, on a later attempt). */
    record ChargeRequested(String requestId, long amount, int attempt, Instant at) implements OrderEvent {
    }

    /** A create-and-pay order whose charge was not captured: it never becomes visible. */
    record OrderRejected(String code, String reason, Instant at) implements OrderEvent {
        public Rejection rejection() {
            return new Rejection(code, reason);
        }
    }

    record FulfillmentRequested(String requestId, int attempt, Instant at) implements OrderEvent {
    }

    record ShipmentRecorded(Shipment shipment) implements OrderEvent {
        @Override
        public Instant at() {
            return shipment.shippedAt();
        }
    }

    record FulfillmentCompleted(Fulfillment.Outcome outcome, String reason, Instant at) implements OrderEvent {
    }

    record OrderClosed(Fulfillment.Outcome outcome, Instant at) implements OrderEvent {
    }

    record OrderCancelled(String reason, Instant at) implements OrderEvent {
    }
}
