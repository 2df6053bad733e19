package io.orderstream.orderapi.api;

import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderLine;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Turns a validated request into the CreateOrder command for the order-processor. */
final class CreateOrderCommands {

    private final Clock clock;

    CreateOrderCommands(Clock clock) {
        this.clock = clock;
    }

    OrderCommand create(String orderId, CreateOrderRequest request, Optional<String> idempotencyKey) {
        return OrderCommand.newBuilder()
                .setCommandId(UUID.randomUUID().toString())
                .setOrderId(orderId)
                .setIssuedAt(clock.instant())
                .setIdempotencyKey(idempotencyKey.orElse(null))
                .setPayload(CreateOrder.newBuilder()
                        .setCustomerEmail(request.customerEmail())
                        .setCurrency(request.currency())
                        .setLines(request.lines().stream().map(CreateOrderCommands::line).toList())
                        .build())
                .build();
    }

    private static OrderLine line(CreateOrderRequest.Line line) {
        return new OrderLine(line.sku(), line.name(), line.quantity(), line.unitPrice());
    }
}
