package io.orderstream.processor.domain;

import io.orderstream.processor.domain.Command.CreateOrder;
import io.orderstream.processor.domain.Event.ChargeRequested;
import io.orderstream.processor.domain.Event.FulfillmentCompleted;
import io.orderstream.processor.domain.Event.FulfillmentRequested;
import io.orderstream.processor.domain.Event.InvoiceIssued;
import io.orderstream.processor.domain.Event.OrderCancelled;
import io.orderstream.processor.domain.Event.OrderClosed;
import io.orderstream.processor.domain.Event.OrderCreated;
import io.orderstream.processor.domain.Event.OrderPaid;
import io.orderstream.processor.domain.Event.OrderRejected;
import io.orderstream.processor.domain.Event.OrderShipped;
import io.orderstream.processor.domain.Event.PaymentApplied;
import io.orderstream.processor.domain.Event.PayoutRequested;
import io.orderstream.processor.domain.Event.PayoutSettled;
import io.orderstream.processor.domain.Event.RefundRequested;
import io.orderstream.processor.domain.Event.RefundSettled;
import io.orderstream.processor.domain.Event.RemainderCancelled;
import io.orderstream.processor.domain.Event.ShipmentRecorded;
import java.util.List;
import java.util.Set;

/**
 * Applies events to an order. The statuses a command is allowed in are the decider's rule: it refuses a command in
 * any other, and that refusal is what a client is answered. Evolve trusts the decider and only asserts the domain's
 * invariant: each event names the statuses it may happen in, and an event in any other is a bug in the decider
 * (an {@link IllegalStateException}, never an answer), failing loudly rather than corrupting the order.
 */
public final class OrderEvolution {

    private OrderEvolution() {
    }

    /**
     * @param orderId the order's id, which the creating event takes
     * @param order   the order before the event, or null before it was created
     */
    public static Order evolve(String orderId, Order order, Event event) {
        if (event instanceof OrderCreated created) {
            require(order == null, "an order is created once", event, order);
            return new Order(orderId, created.customerEmail(), created.currency(),
                    created.payNow() ? Status.PENDING_PAYMENT : Status.CREATED, created.lines(),
                    created.total(), 0, List.of(), List.of(), null, null, 1, created.at(), created.at(),
                    AppliedCommands.NONE, null, created.terms(), 0, List.of(), List.of());
        }
        require(order != null, "the order must exist", event, null);
        return switch (event) {
            case OrderCreated ignored -> throw new IllegalStateException("unreachable");
            case PaymentApplied applied -> (order.terms().isPayLater()
                    ? in(order, event, Status.IN_FULFILLMENT, Status.SHIPPED)
                    : in(order, event, Status.CREATED, Status.PENDING_PAYMENT))
                    .withPayment(new AppliedPayment(applied.paymentId(), applied.amount(), applied.at()));
            case OrderPaid paid -> in(order, event, Status.CREATED, Status.PENDING_PAYMENT)
                    .withStatus(Status.PAID, paid.at());
            case ChargeRequested requested -> in(order, event, Status.PENDING_PAYMENT).withCharge(
                    order.charge() == null
                            ? new PendingCharge(requested.requestId(), PendingCharge.idempotencyKeyOf(orderId),
                                    requested.amount(), requested.attempt(), requested.at())
                            : order.charge().askedAgain(requested.attempt(), requested.at()),
                    requested.at());
            case OrderRejected rejected -> in(order, event, Status.PENDING_PAYMENT)
                    .rejected(rejected.rejection(), rejected.at());
            case OrderCancelled cancelled -> in(order, event, Status.CREATED)
                    .withStatus(Status.CANCELLED, cancelled.at());
            case FulfillmentRequested requested -> in(order, event, Status.PAID, Status.IN_FULFILLMENT)
                    .withFulfillment(RequestedFulfillment.requested(requested.requestId(), requested.attempt(),
                            requested.at()), Status.IN_FULFILLMENT, requested.at());
            case ShipmentRecorded recorded -> (order.terms().isPayLater()
                    ? in(order, event, Status.CREATED, Status.IN_FULFILLMENT)
                    : in(order, event, Status.PAID, Status.IN_FULFILLMENT))
                    .withShipment(recorded.shipment());
            case PayoutRequested requested -> shipmentOf(in(order, event, Status.IN_FULFILLMENT), requested.shipmentId(),
                    event).withShipmentChanged(requested.shipmentId(), s -> s.withPayout(new Payout(requested.payoutId(),
                            requested.amount(), requested.fee(), TransferStatus.REQUESTED, null, null)), requested.at());
            case PayoutSettled settled -> shipmentOf(order, settled.shipmentId(), event).withShipmentChanged(
                    settled.shipmentId(), s -> s.withPayout(s.payout().settled(settled.status(), settled.providerId(),
                            settled.reason())), settled.at());
            case InvoiceIssued issued -> in(order, event, Status.IN_FULFILLMENT).withInvoice(new BuyerInvoice(
                    issued.invoiceNumber(), issued.shipmentId(), issued.amount(), 0, issued.at(), issued.dueAt()));
            case RemainderCancelled cancelled -> in(order, event, Status.IN_FULFILLMENT)
                    .withReleased(cancelled.released(), cancelled.at());
            case OrderShipped shipped -> in(order, event, Status.IN_FULFILLMENT)
                    .withStatus(Status.SHIPPED, shipped.at());
            case RefundRequested requested -> in(order, event, Status.IN_FULFILLMENT).withRefund(new Refund(
                    requested.refundId(), requested.amount(), requested.reason(), TransferStatus.REQUESTED, null,
                    null, requested.at()), requested.at());
            case RefundSettled settled -> order.withRefund(refundOf(order, settled).settled(settled.status(),
                    settled.providerId(), settled.reason()), settled.at());
            case FulfillmentCompleted completed -> in(order, event, Status.IN_FULFILLMENT)
                    .withFulfillment(order.fulfillment().completed(completed.outcome(), completed.reason(),
                            completed.at()), Status.IN_FULFILLMENT, completed.at());
            case OrderClosed closed -> in(order, event, Status.IN_FULFILLMENT, Status.SHIPPED)
                    .withStatus(Status.CLOSED, closed.at());
        };
    }

    public static Order evolveAll(String orderId, Order order, List<Event> events) {
        Order current = order;
        for (Event event : events) {
            current = evolve(orderId, current, event);
        }
        return current;
    }

    /**
     * The order after a command was accepted with these events. A client's command that changed the order is
     * remembered with it (not as an event: the published events name it as their causation), so that the same
     * command delivered again is answered as the first time ({@link OrderDecider}) instead of being decided again.
     * A command that changed nothing is not remembered: deciding it again changes nothing either.
     */
    public static Order evolveAll(String orderId, Order order, Command command, List<Event> events) {
        if (events.isEmpty()) {
            return order;
        }
        Order after = evolveAll(orderId, order, events);
        // the warehouse's and the payment worker's answers and the deadlines have idempotency of their own
        return switch (command) {
            case CreateOrder create -> after.withCommands(AppliedCommands.createdBy(create.commandId()));
            case Command.FromClient client -> after.withCommands(after.commands().with(client.commandId()));
            default -> after;
        };
    }

    private static Order shipmentOf(Order order, String shipmentId, Event event) {
        require(order.hasShipment(shipmentId), "its shipment " + shipmentId + " must exist", event, order);
        return order;
    }

    private static Refund refundOf(Order order, RefundSettled settled) {
        require(order.refund(settled.refundId()).isPresent(), "its refund must exist", settled, order);
        return order.refund(settled.refundId()).orElseThrow();
    }

    private static Order in(Order order, Event event, Status... allowed) {
        require(Set.of(allowed).contains(order.status()), "allowed in " + Set.of(allowed), event, order);
        return order;
    }

    private static void require(boolean condition, String rule, Event event, Order order) {
        if (!condition) {
            throw new IllegalStateException(event.getClass().getSimpleName() + " is not applicable ("
                    + rule + ") to order " + (order == null ? "(none)" : order.id() + " in " + order.status()));
        }
    }
}
