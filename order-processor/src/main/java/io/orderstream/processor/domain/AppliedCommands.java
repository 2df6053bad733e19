package io.orderstream.processor.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The client's commands an order remembers having applied, so that the same command delivered again (the same
 * command id: order-api derives it from the Idempotency-Key and the request) is answered as the first time instead
 * of being decided again. Bounded: the creating command is always kept, of the others the last
 * {@link #MAX_REMEMBERED}; a forgotten one is decided again, which its own idempotency (a payment id) answers.
 *
 * @param createdBy the command that created the order; null for an order from before it was kept
 * @param applied   the ids of the commands applied after the creation, oldest first
 */
public record AppliedCommands(String createdBy, List<String> applied) {

    public static final int MAX_REMEMBERED = 100;

    public static final AppliedCommands NONE = new AppliedCommands(null, List.of());

    public AppliedCommands {
        applied = List.copyOf(applied);
    }

    static AppliedCommands createdBy(String commandId) {
        return new AppliedCommands(commandId, List.of());
    }

    public boolean isCreator(String commandId) {
        return createdBy != null && createdBy.equals(commandId);
    }

    public boolean hasApplied(String commandId) {
        return applied.contains(commandId);
    }

    /** These commands and this one, forgetting the oldest beyond {@link #MAX_REMEMBERED}. */
    AppliedCommands with(String commandId) {
        if (hasApplied(commandId)) {
            return this;
        }
        var all = new ArrayList<>(applied);
        all.add(commandId);
        return new AppliedCommands(createdBy, all.subList(Math.max(0, all.size() - MAX_REMEMBERED), all.size()));
    }
}
