package io.orderstream.orderapi.api;

import io.orderstream.orderapi.view.OrderView;
import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.platform.http.Problem;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderState;
import java.util.Optional;

/** What {@code POST /orders} answers, decided from the command's result. */
sealed interface CreateOrderReply {

    /** The processor's answer when a create command arrives for an order that exists. */
    String ORDER_EXISTS = "order_exists";

    /** 201: the order exists and may be shown. */
    record Created(OrderView order) implements CreateOrderReply {
    }

    /** 202: no result in time, or the order is not visible yet (waiting for its payment). */
    record Pending(String orderId) implements CreateOrderReply {
    }

    /** 422: the processor refused the order. */
    record Refused(Problem problem) implements CreateOrderReply {
    }

    /**
     * @param repeated whether the request repeats an earlier one with the same Idempotency-Key; its command
     *                 then finds the earlier request's order, which is the answer the client gets again
     */
    static CreateOrderReply of(String orderId, Optional<CommandResult> result, boolean repeated) {
        if (result.isEmpty()) {
            return new Pending(orderId);
        }
        CommandResult answer = result.get();
        boolean created = answer.getOutcome() == CommandOutcome.ACCEPTED
                || repeated && ORDER_EXISTS.equals(answer.getErrorCode());
        return created ? visible(orderId, answer.getOrder()) : new Refused(OrderProblems.rejected(answer));
    }

    private static CreateOrderReply visible(String orderId, OrderState order) {
        return order != null && OrderViews.isVisible(order)
                ? new Created(OrderViews.of(order))
                : new Pending(orderId);
    }
}
