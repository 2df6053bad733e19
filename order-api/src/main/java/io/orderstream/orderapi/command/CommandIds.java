package io.orderstream.orderapi.command;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The ids a command is sent under: its own, and the order's (new for a create, from the path otherwise). */
public record CommandIds(String commandId, String orderId) {

    /** A new command for an order that exists, or for a new order when {@code orderId} is null. */
    public static CommandIds fresh(String orderId) {
        return new CommandIds(UUID.randomUUID().toString(), orderId != null ? orderId : UUID.randomUUID().toString());
    }

    /**
     * The ids of the request with this Idempotency-Key and this fingerprint, the same every time (name-based UUIDs):
     * a repeat is the same command, with the same new order id, whatever state was lost in between (a key's claim
     * lost by the database, a key forgotten after its time to live). So a key yields at most one order per request
     * body, and the processor recognises the repeat of a create by its ids.
     *
     * @param orderId the order the command is about, or null when it creates one
     */
    public static CommandIds derived(String idempotencyKey, String fingerprint, String orderId) {
        String request = idempotencyKey + '\u0000' + fingerprint;
        return new CommandIds(nameBased("command", request),
                orderId != null ? orderId : nameBased("order", request));
    }

    private static String nameBased(String kind, String request) {
        return UUID.nameUUIDFromBytes((kind + '\u0000' + request).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
