package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.api.CreateOrderRequest.Line;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderLine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateOrderCommandsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final CreateOrderRequest REQUEST =
            new CreateOrderRequest("a@b.com", "EUR", List.of(new Line("SKU-1", "Mug", 2, 1250L)));

    private final CreateOrderCommands commands = new CreateOrderCommands(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void the_command_carries_the_order_id_the_key_and_the_basket() {
        OrderCommand command = commands.create("order-1", REQUEST, Optional.of("key-1"));

        assertThat(command.getOrderId()).isEqualTo("order-1");
        assertThat(command.getIdempotencyKey()).isEqualTo("key-1");
        assertThat(command.getIssuedAt()).isEqualTo(NOW);
        assertThat(command.getPayload()).isEqualTo(CreateOrder.newBuilder()
                .setCustomerEmail("a@b.com")
                .setCurrency("EUR")
                .setLines(List.of(new OrderLine("SKU-1", "Mug", 2, 1250L)))
                .build());
    }

    @Test
    void every_command_has_an_id_of_its_own() {
        OrderCommand first = commands.create("order-1", REQUEST, Optional.empty());
        OrderCommand second = commands.create("order-1", REQUEST, Optional.empty());

        assertThat(first.getCommandId()).isNotEqualTo(second.getCommandId());
        assertThat(first.getIdempotencyKey()).isNull();
    }
}
