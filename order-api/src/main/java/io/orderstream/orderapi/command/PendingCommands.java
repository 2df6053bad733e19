package io.orderstream.orderapi.command;

import io.orderstream.schemas.order.CommandResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The commands this instance waits for, by command id; results of other instances' commands are ignored. It also
 * knows the orders of those commands, so a result can be passed over by its record's key (the order id) before it
 * is decoded ({@link #awaitsResultFor}).
 */
public final class PendingCommands {

    /** A waiter that gave no order id: every result may be its own. */
    private static final String ANY_ORDER = "";

    private record Waiter(String orderId, CompletableFuture<CommandResult> future) {
    }

    private final Map<String, Waiter> waiting = new ConcurrentHashMap<>();
    /** How many waiters each order has; {@link #ANY_ORDER} counts those that gave none. */
    private final Map<String, Integer> orders = new ConcurrentHashMap<>();

    /**
     * To be called before the command is sent, so that even an immediate result finds its future. Without an order
     * id every result is decoded while it waits: {@link #expect(String, String)} is the one to use.
     */
    public CompletableFuture<CommandResult> expect(String commandId) {
        return expect(commandId, null);
    }

    /** Waits for the result of the command of {@code orderId} (the key its result is written with). */
    public CompletableFuture<CommandResult> expect(String commandId, String orderId) {
        String order = orderId == null ? ANY_ORDER : orderId;
        return waiting.computeIfAbsent(commandId, id -> {
            orders.merge(order, 1, Integer::sum);
            return new Waiter(order, new CompletableFuture<>());
        }).future();
    }

    public void complete(CommandResult result) {
        Waiter waiter = remove(result.getCommandId());
        if (waiter != null) {
            waiter.future().complete(result);
        }
    }

    /** Stops waiting, whether the result came or not. */
    public void forget(String commandId) {
        remove(commandId);
    }

    /**
     * Whether a result written under this key (its order id; null when the record has no key) may be one this
     * instance waits for: false means it need not even be decoded. The order-processor writes every result keyed by
     * the order id of its command, as the gateway sends the command.
     */
    public boolean awaitsResultFor(String orderId) {
        return orderId == null || orders.containsKey(ANY_ORDER) || orders.containsKey(orderId);
    }

    /** Whether this instance waits for the result of that command. */
    public boolean awaits(String commandId) {
        return waiting.containsKey(commandId);
    }

    public int size() {
        return waiting.size();
    }

    private Waiter remove(String commandId) {
        Waiter[] removed = new Waiter[1];
        waiting.computeIfPresent(commandId, (id, waiter) -> {
            removed[0] = waiter;
            orders.computeIfPresent(waiter.orderId(), (order, count) -> count == 1 ? null : count - 1);
            return null;
        });
        return removed[0];
    }
}
