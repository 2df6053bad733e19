package io.orderstream.orderapi.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.OrderStates;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which snapshots of a batch the projection writes, and what it counts as stored. */
class OrderProjectionTest {

    @Test
    void of_several_versions_of_one_order_only_the_newest_is_written() {
        var newest = OrderStates.at("order-1", 3, OrderStatus.CLOSED);

        List<OrderState> written = OrderProjection.newestOfEach(List.of(OrderStates.at("order-1", 1, OrderStatus.CREATED),
                newest, OrderStates.at("order-1", 2, OrderStatus.PAID)));

        assertThat(written).containsExactly(newest);
    }

    @Test
    void of_one_version_delivered_twice_the_first_is_written() {
        var first = OrderStates.at("order-1", 2, OrderStatus.PAID);
        var again = OrderStates.created("order-1").setVersion(2).setStatus(OrderStatus.PAID).build();

        List<OrderState> written = OrderProjection.newestOfEach(List.of(first, again));

        assertThat(written).singleElement().isSameAs(first);
    }

    @Test
    void every_order_of_the_batch_is_written_once() {
        List<OrderState> written = OrderProjection.newestOfEach(List.of(OrderStates.at("order-1", 1, OrderStatus.CREATED),
                OrderStates.at("order-2", 1, OrderStatus.CREATED), OrderStates.at("order-1", 2, OrderStatus.PAID)));

        assertThat(written).extracting(OrderState::getOrderId, OrderState::getVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order-1", 2L),
                        org.assertj.core.groups.Tuple.tuple("order-2", 1L));
    }

    @Test
    void the_count_is_that_of_writing_the_snapshots_one_after_the_other() {
        List<OrderState> batch = List.of(OrderStates.at("order-1", 1, OrderStatus.CREATED),
                OrderStates.at("order-1", 2, OrderStatus.PAID), OrderStates.at("order-1", 2, OrderStatus.PAID),
                OrderStates.at("order-1", 1, OrderStatus.CREATED), OrderStates.at("order-2", 5, OrderStatus.CLOSED),
                OrderStates.at("order-3", 4, OrderStatus.CLOSED));

        int stored = OrderProjection.storedOneAfterTheOther(batch, Map.of("order-1", 1L, "order-2", 5L));

        assertThat(stored).as("order-1 v2, order-3 v4").isEqualTo(2);
    }
}
