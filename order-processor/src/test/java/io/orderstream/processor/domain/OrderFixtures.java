package io.orderstream.processor.domain;

import io.orderstream.processor.domain.Command.ApplyPayment;
import io.orderstream.processor.domain.Command.CreateOrder;
import io.orderstream.processor.domain.Decision.Rejected;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Orders in every state, built through the decider itself: given these commands, this is the order. */
final class OrderFixtures {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final String ORDER_ID = "order-1";
    static final String REQUEST_ID = RequestedFulfillment.requestIdOf(ORDER_ID);
    static final OrderPolicy POLICY = new OrderPolicy(1_000_000, Duration.ofSeconds(60), 3, Duration.ofSeconds(30), 5);
    static final OrderDecider DECIDER = new OrderDecider(POLICY);

    private OrderFixtures() {
    }

    static CreateOrder basketOf5000() {
        return new CreateOrder("c-1", "a@b.com", "EUR", List.of(
                new LineItem("SKU-1", "Mug", 2, 1250), new LineItem("SKU-2", "Plate", 1, 2500)), false);
    }

    static CreateOrder createAndPay5000() {
        return new CreateOrder("c-1", "a@b.com", "EUR", basketOf5000().lines(), true);
    }

    static Order pendingPayment() {
        return given(createAndPay5000());
    }

    static Order created() {
        return given(basketOf5000());
    }

    static Order inFulfillment() {
        return given(basketOf5000(), new ApplyPayment("c-2", "p-1", 5000));
    }

    static Order given(Command... commands) {
        return givenAt(NOW, null, commands);
    }

    static Order givenAt(Instant at, Order start, Command... commands) {
        Order order = start;
        for (Command command : commands) {
            Decision decision = DECIDER.decide(order, command, at);
            if (decision instanceof Rejected rejected) {
                throw new AssertionError("fixture command rejected: " + rejected);
            }
            order = OrderEvolution.evolveAll(ORDER_ID, order, command, decision.events());
        }
        return order;
    }

    static RecordedShipment shipment(String id, long amount) {
        return new RecordedShipment(id, amount, List.of(), NOW);
    }
}
