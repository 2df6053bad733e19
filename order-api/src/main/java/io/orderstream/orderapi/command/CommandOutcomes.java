package io.orderstream.orderapi.command;

import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.platform.codes.RejectionCode;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderState;
import java.util.Optional;

/**
 * The one reading of the order-processor's command results, for the answer to a request and for the
 * command log alike. An order the client may not see (waiting for its charge, or rejected) is never
 * shown: a result about one is pending, or, for any refusal but the charge's own, a 404.
 */
public final class CommandOutcomes {

    /** The processor's answer to a create whose order exists: only a create sent again gets it. */
    static final String ORDER_EXISTS = RejectionCode.ORDER_EXISTS.code();

    private CommandOutcomes() {
    }

    /** No result (none in time) is pending. */
    public static ClientOutcome of(Optional<CommandResult> result) {
        return result.map(CommandOutcomes::of).orElse(ClientOutcome.PENDING);
    }

    public static ClientOutcome of(CommandResult result) {
        OrderState order = result.getOrder();
        boolean visible = order != null && OrderViews.isVisible(order);
        if (isAccepted(result) || ORDER_EXISTS.equals(result.getErrorCode())) {
            return visible ? new ClientOutcome.Succeeded(OrderViews.of(order)) : ClientOutcome.PENDING;
        }
        if (RejectionProblems.isChargeRefusal(result)) {
            // the client's own order, refused: it may know which one, though nobody will ever see it
            return new ClientOutcome.Failed(RejectionProblems.of(result).withInstance("/orders/" + result.getOrderId()));
        }
        boolean aboutHiddenOrder = order != null && !visible;
        return new ClientOutcome.Failed(aboutHiddenOrder
                ? RejectionProblems.orderNotFound(result.getOrderId())
                : RejectionProblems.of(result));
    }

    private static boolean isAccepted(CommandResult result) {
        return result.getOutcome() == CommandOutcome.ACCEPTED;
    }
}
