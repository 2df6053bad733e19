package io.orderstream.processor.domain;

import static io.orderstream.processor.domain.OrderFixtures.NOW;
import static io.orderstream.processor.domain.OrderFixtures.ORDER_ID;
import static io.orderstream.processor.domain.OrderFixtures.created;
import static io.orderstream.processor.domain.OrderFixtures.inFulfillment;
import static io.orderstream.processor.domain.OrderFixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.processor.domain.Event.OrderClosed;
import io.orderstream.processor.domain.Event.OrderCreated;
import io.orderstream.processor.domain.Event.PaymentApplied;
import io.orderstream.processor.domain.Event.ShipmentRecorded;
import io.orderstream.processor.domain.RequestedFulfillment.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderEvolutionTest {

    @Test
    void every_event_raises_the_version_by_one() {
        Order order = OrderEvolution.evolve(ORDER_ID, created(), new PaymentApplied("p-1", 100, NOW));

        assertThat(order.version()).isEqualTo(2);
        assertThat(order.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void an_order_cannot_be_created_twice() {
        assertThatThrownBy(() -> OrderEvolution.evolve(ORDER_ID, created(),
                new OrderCreated("a@b.com", "EUR", List.of(), 0, false, NOW)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OrderCreated");
    }

    @Test
    void an_event_for_an_order_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> OrderEvolution.evolve(ORDER_ID, null, new PaymentApplied("p-1", 100, NOW)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_shipment_before_the_order_is_in_fulfillment_is_refused() {
        assertThatThrownBy(() -> OrderEvolution.evolve(ORDER_ID, created(), new ShipmentRecorded(shipment("s", 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CREATED");
    }

    @Test
    void a_payment_to_an_order_in_fulfillment_is_refused() {
        assertThatThrownBy(() -> OrderEvolution.evolve(ORDER_ID, inFulfillment(), new PaymentApplied("p", 1, NOW)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("IN_FULFILLMENT");
    }

    @Test
    void closing_is_only_from_fulfillment() {
        assertThatThrownBy(() -> OrderEvolution.evolve(ORDER_ID, created(), new OrderClosed(Outcome.FAILED, NOW)))
                .isInstanceOf(IllegalStateException.class);
    }
}
