package io.orderstream.processor.domain;

import io.orderstream.processor.domain.OrderCommand.ApplyPayment;
import io.orderstream.processor.domain.OrderCommand.CancelOrder;
import io.orderstream.processor.domain.OrderCommand.CreateOrder;
import io.orderstream.processor.domain.OrderCommand.ExpireCharge;
import io.orderstream.processor.domain.OrderCommand.ExpireFulfillment;
import io.orderstream.processor.domain.OrderCommand.RecordChargeResult;
import io.orderstream.processor.domain.OrderCommand.RecordFulfillmentResult;
import io.orderstream.processor.domain.OrderEvent.ChargeRequested;
import io.orderstream.processor.domain.OrderEvent.FulfillmentCompleted;
import io.orderstream.processor.domain.OrderEvent.OrderRejected;
import io.orderstream.processor.domain.OrderEvent.FulfillmentRequested;
import io.orderstream.processor.domain.OrderEvent.OrderCancelled;
import io.orderstream.processor.domain.OrderEvent.OrderClosed;
import io.orderstream.processor.domain.OrderEvent.OrderCreated;
import io.orderstream.processor.domain.OrderEvent.OrderPaid;
import io.orderstream.processor.domain.OrderEvent.PaymentApplied;
import io.orderstream.processor.domain.OrderEvent.ShipmentRecorded;
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
    public static Order evolve(String orderId, Order order, OrderEvent event) {
        if (event instanceof OrderCreated created) {
            require(order == null, "an order is created once", event, order);
            return new Order(orderId, created.customerEmail(), created.currency(),
                    created.payNow() ? OrderStatus.PENDING_PAYMENT : OrderStatus.CREATED, created.lines(),
                    created.total(), 0, List.of(), List.of(), null, null, 1, created.at(), created.at(),
                    AppliedCommands.NONE, null);
        }
        require(order != null, "the order must exist", event, null);
        return switch (event) {
            case OrderCreated ignored -> throw new IllegalStateException("unreachable");
            case PaymentApplied applied -> in(order, event, OrderStatus.CREATED, OrderStatus.PENDING_PAYMENT)
                    .withPayment(new Payment(applied.paymentId(), applied.amount(), applied.at()));
            case OrderPaid paid -> in(order, event, OrderStatus.CREATED, OrderStatus.PENDING_PAYMENT)
                    .withStatus(OrderStatus.PAID, paid.at());
            case ChargeRequested requested -> in(order, event, OrderStatus.PENDING_PAYMENT).withCharge(
                    order.charge() == null
                            ? new PendingCharge(requested.requestId(), PendingCharge.idempotencyKeyOf(orderId),
                                    requested.amount(), requested.attempt(), requested.at())
                            : order.charge().askedAgain(requested.attempt(), requested.at()),
                    requested.at());
            case OrderRejected rejected -> in(order, event, OrderStatus.PENDING_PAYMENT)
                    .rejected(rejected.rejection(), rejected.at());
            case OrderCancelled cancelled -> in(order, event, OrderStatus.CREATED)
                    .withStatus(OrderStatus.CANCELLED, cancelled.at());
            case FulfillmentRequested requested -> in(order, event, OrderStatus.PAID, OrderStatus.IN_FULFILLMENT)
                    .withFulfillment(Fulfillment.requested(requested.requestId(), requested.attempt(),
                            requested.at()), OrderStatus.IN_FULFILLMENT, requested.at());
            case ShipmentRecorded recorded -> in(order, event, OrderStatus.IN_FULFILLMENT)
                    .withShipment(recorded.shipment());
            case FulfillmentCompleted completed -> in(order, event, OrderStatus.IN_FULFILLMENT)
                    .withFulfillment(order.fulfillment().completed(completed.outcome(), completed.reason(),
                            completed.at()), OrderStatus.IN_FULFILLMENT, completed.at());
            case OrderClosed closed -> in(order, event, OrderStatus.IN_FULFILLMENT)
                    .withStatus(OrderStatus.CLOSED, closed.at());
        };
    }

    public static Order evolveAll(String orderId, Order order, List<OrderEvent> events) {
        Order current = order;
        for (OrderEvent event : events) {
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
    public static Order evolveAll(String orderId, Order order, OrderCommand command, List<OrderEvent> events) {
        if (events.isEmpty()) {
            return order;
        }
        Order after = evolveAll(orderId, order, events);
        return switch (command) {
            case CreateOrder create -> after.withCommands(AppliedCommands.createdBy(create.commandId()));
            case ApplyPayment pay -> after.withCommands(after.commands().with(pay.commandId()));
            case CancelOrder cancel -> after.withCommands(after.commands().with(cancel.commandId()));
            // the warehouse's and the payment worker's answers and the deadlines have idempotency of their own
            case RecordChargeResult ignored -> after;
            case ExpireCharge ignored -> after;
            case RecordFulfillmentResult ignored -> after;
            case ExpireFulfillment ignored -> after;
        };
    }

    private static Order in(Order order, OrderEvent event, OrderStatus... allowed) {
        require(Set.of(allowed).contains(order.status()), "allowed in " + Set.of(allowed), event, order);
        return order;
    }

    private static void require(boolean condition, String rule, OrderEvent event, Order order) {
        if (!condition) {
            throw new IllegalStateException(event.getClass().getSimpleName() + " is not applicable ("
                    + rule + ") to order " + (order == null ? "(none)" : order.id() + " in " + order.status()));
        }
    }
}
