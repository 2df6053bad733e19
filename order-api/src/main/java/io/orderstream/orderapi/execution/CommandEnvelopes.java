package io.orderstream.orderapi.execution;

import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.order.OrderCommand;

/** Puts a request's command into the envelope orders.commands carries. */
final class CommandEnvelopes {

    private final TimeSource time;

    CommandEnvelopes(TimeSource time) {
        this.time = time;
    }

    OrderCommand of(CommandRequest request, CommandIds ids) {
        return OrderCommand.newBuilder()
                .setCommandId(ids.commandId())
                .setOrderId(ids.orderId())
                .setIssuedAt(time.now())
                .setIdempotencyKey(request.idempotencyKey().orElse(null))
                .setPayload(request.payload())
                .setMerchantId(request.caller().merchantId())
                .build();
    }
}
