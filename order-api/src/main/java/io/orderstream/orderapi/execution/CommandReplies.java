package io.orderstream.orderapi.execution;

import io.orderstream.orderapi.command.ClientOutcome;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.command.CommandKind;
import io.orderstream.orderapi.view.CommandStatusView;
import io.orderstream.orderapi.view.Reply;

/**
 * The answer to a POST from its command's outcome: 201 with the order and its Location for a create,
 * 200 with the order otherwise, the problem when refused, and 202 with the command's status URL when
 * the outcome is not known yet.
 */
public final class CommandReplies {

    private CommandReplies() {
    }

    public static Reply of(CommandKind kind, CommandIds ids, ClientOutcome outcome) {
        return switch (outcome) {
            case ClientOutcome.Succeeded succeeded -> kind.createsOrder()
                    ? Reply.json(201, orderLocation(ids.orderId()), succeeded.order())
                    : Reply.json(200, null, succeeded.order());
            case ClientOutcome.Failed failed -> Reply.problem(failed.problem());
            case ClientOutcome.Pending pending -> Reply.json(202, commandLocation(ids.commandId()),
                    CommandStatusView.pending(ids.commandId(), ids.orderId()));
        };
    }

    public static String orderLocation(String orderId) {
        return "/orders/" + orderId;
    }

    public static String commandLocation(String commandId) {
        return "/commands/" + commandId;
    }
}
