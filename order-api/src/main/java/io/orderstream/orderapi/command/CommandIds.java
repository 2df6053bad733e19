package io.orderstream.orderapi.command;

import java.util.UUID;

/** The ids a command is sent under: its own, and the order's (new for a create, from the path otherwise). */
public record CommandIds(String commandId, String orderId) {

    /** A new command for an order that exists, or for a new order when {@code orderId} is null. */
    public static CommandIds fresh(String orderId) {
        return new CommandIds(UUID.randomUUID().toString(), orderId != null ? orderId : UUID.randomUUID().toString());
    }
}
