package io.orderstream.processor.domain;

import io.orderstream.processor.domain.OrderCommand.ApplyPayment;
import io.orderstream.processor.domain.OrderCommand.CancelOrder;
import io.orderstream.processor.domain.OrderCommand.CreateOrder;
import io.orderstream.processor.domain.OrderEvent.OrderCancelled;
import io.orderstream.processor.domain.OrderEvent.OrderCreated;
import io.orderstream.processor.domain.OrderEvent.OrderPaid;
import io.orderstream.processor.domain.OrderEvent.PaymentApplied;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The order state machine as two pure functions: {@link #decide} answers a command with events or
 * a rejection, {@link #evolve} applies an event. Every transition is in these two switches.
 */
public final class OrderDecider {

    private OrderDecider() {
    }

    /** @param order the current order, or null when none exists yet */
    public static Decision decide(Order order, OrderCommand command, Instant now) {
        if (order == null && !(command instanceof CreateOrder)) {
            return Decision.reject("order_not_found", "No order with this id exists.");
        }
        return switch (command) {
            case CreateOrder create -> create(order, create, now);
            case ApplyPayment pay -> pay(order, pay, now);
            case CancelOrder cancel -> cancel(order, cancel, now);
        };
    }

    private static Decision create(Order existing, CreateOrder command, Instant now) {
        if (existing != null) {
            return Decision.reject("order_exists", "An order with this id exists already.");
        }
        var errors = CreateOrderRules.check(command);
        if (!errors.isEmpty()) {
            return new Decision.Rejected("invalid_order", "The order is not valid.", errors);
        }
        long total = command.lines().stream().mapToLong(OrderLine::amount).reduce(0, Math::addExact);
        return Decision.accept(new OrderCreated(command.customerEmail(), command.currency(),
                command.lines(), total, now));
    }

    private static Decision pay(Order order, ApplyPayment command, Instant now) {
        var earlier = order.payment(command.paymentId());
        if (earlier.isPresent()) {
            return earlier.get().amount() == command.amount()
                    ? Decision.accept()
                    : Decision.reject("payment_id_conflict", "Payment " + command.paymentId()
                            + " was applied already with another amount.");
        }
        if (order.status() != OrderStatus.CREATED) {
            return Decision.reject("invalid_state", "An order in status " + order.status() + " takes no payment.");
        }
        if (command.amount() <= 0) {
            return Decision.reject("invalid_amount", "A payment must be positive.");
        }
        if (command.amount() > order.balanceDue()) {
            return Decision.reject("payment_exceeds_balance", "The payment exceeds the balance due of "
                    + order.balanceDue() + ".");
        }
        List<OrderEvent> events = new ArrayList<>();
        events.add(new PaymentApplied(command.paymentId(), command.amount(), now));
        if (command.amount() == order.balanceDue()) {
            events.add(new OrderPaid(order.total(), now));
        }
        return new Decision.Accepted(events);
    }

    private static Decision cancel(Order order, CancelOrder command, Instant now) {
        if (order.status() != OrderStatus.CREATED || order.paid() > 0) {
            return Decision.reject("invalid_state", "Only an unpaid order can be cancelled; this one is "
                    + order.status() + " with " + order.paid() + " paid.");
        }
        return Decision.accept(new OrderCancelled(command.reason(), now));
    }

    /**
     * Applies one event.
     *
     * @param orderId the order's id, which the creating event takes
     * @param order   the order before the event, or null before it was created
     */
    public static Order evolve(String orderId, Order order, OrderEvent event) {
        return switch (event) {
            case OrderCreated created -> new Order(orderId, created.customerEmail(), created.currency(),
                    OrderStatus.CREATED, created.lines(), created.total(), 0, 0, List.of(), 1,
                    created.at(), created.at());
            case PaymentApplied applied -> {
                var payments = new ArrayList<>(order.payments());
                payments.add(new Payment(applied.paymentId(), applied.amount(), applied.at()));
                yield order.with(order.status(), order.paid() + applied.amount(), payments, applied.at());
            }
            case OrderPaid paid -> order.with(OrderStatus.PAID, order.paid(), order.payments(), paid.at());
            case OrderCancelled cancelled ->
                    order.with(OrderStatus.CANCELLED, order.paid(), order.payments(), cancelled.at());
        };
    }

    /** Applies events in order. */
    public static Order evolveAll(String orderId, Order order, List<OrderEvent> events) {
        Order current = order;
        for (OrderEvent event : events) {
            current = evolve(orderId, current, event);
        }
        return current;
    }
}
