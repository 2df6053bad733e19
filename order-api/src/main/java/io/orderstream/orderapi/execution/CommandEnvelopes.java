package io.orderstream.orderapi.execution;

import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.schemas.order.OrderCommand;
import java.time.Clock;

/** Puts a request's command into the envelope orders.commands carries. */
final class CommandEnvelopes {

    private final Clock clock;

    CommandEnvelopes(Clock clock) {
        this.clock = clock;
    }

    OrderCommand of(CommandRequest request, CommandIds ids) {
        return OrderCommand.newBuilder()
                .setCommandId(ids.commandId())
                .setOrderId(ids.orderId())
                .setIssuedAt(clock.instant())
                .setIdempotencyKey(request.idempotencyKey().orElse(null))
                .setPayload(request.payload())
                .build();
    }
}
