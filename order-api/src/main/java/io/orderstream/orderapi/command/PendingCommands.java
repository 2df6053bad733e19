package io.orderstream.orderapi.command;

import io.orderstream.schemas.order.CommandResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** The commands this instance waits for, by command id; results of other instances' commands are ignored. */
public final class PendingCommands {

    private final Map<String, CompletableFuture<CommandResult>> waiting = new ConcurrentHashMap<>();

    /** To be called before the command is sent, so that even an immediate result finds its future. */
    public CompletableFuture<CommandResult> expect(String commandId) {
        return waiting.computeIfAbsent(commandId, id -> new CompletableFuture<>());
    }

    public void complete(CommandResult result) {
        CompletableFuture<CommandResult> future = waiting.remove(result.getCommandId());
        if (future != null) {
            future.complete(result);
        }
    }

    /** Stops waiting, whether the result came or not. */
    public void forget(String commandId) {
        waiting.remove(commandId);
    }

    public int size() {
        return waiting.size();
    }
}
