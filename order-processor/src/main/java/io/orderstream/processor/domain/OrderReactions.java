package io.orderstream.processor.domain;

import io.orderstream.processor.domain.Reactions.Deadline;
import io.orderstream.processor.domain.Reactions.NumberedEvent;
import io.orderstream.processor.domain.Reactions.Reply;
import io.orderstream.processor.domain.Reactions.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What follows a decision, as a pure function beside the decider: the reply to the command (when, to which command,
 * with what outcome), the requests to send, the deadlines to set and clear (from the {@link OrderPolicy}), and the
 * events' versions.
 */
public final class OrderReactions {

    private final OrderPolicy policy;

    public OrderReactions(OrderPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param before   the order before the command, or null when none existed
     * @param decision the decider's decision (or the shell's refusal standing in for it)
     * @param after    the order after the decision's events; {@code before} when it changed nothing
     */
    public Reactions react(Order before, Decision decision, Order after, Command command) {
        List<Event> events = decision.events();
        List<Request> requests = new ArrayList<>();
        List<Deadline> set = new ArrayList<>();
        for (Event event : events) {
            switch (event) {
                case Event.ChargeRequested requested -> {
                    requests.add(new Request.Charge(requested));
                    set.add(new Deadline(Deadline.Kind.CHARGE, policy.chargeDueAt(requested.at())));
                }
                case Event.FulfillmentRequested requested -> {
                    requests.add(new Request.Fulfil(requested));
                    set.add(new Deadline(Deadline.Kind.FULFILLMENT, policy.fulfillmentDueAt(requested.at())));
                }
                case Event.PayoutRequested requested -> requests.add(new Request.Payout(requested));
                case Event.RefundRequested requested -> requests.add(new Request.Refund(requested));
                default -> { }
            }
        }
        return new Reactions(numbered(before, events), requests, set, cleared(before, events),
                reply(decision, after, command));
    }

    /** Each event makes the next version of the order: the first event of an order is version 1. */
    private static List<NumberedEvent> numbered(Order before, List<Event> events) {
        long version = before == null ? 0 : before.version();
        List<NumberedEvent> numbered = new ArrayList<>();
        for (Event event : events) {
            numbered.add(new NumberedEvent(++version, event));
        }
        return numbered;
    }

    /** A wait that the events end: its deadline has nothing left to do. */
    private List<Deadline> cleared(Order before, List<Event> events) {
        List<Deadline> cleared = new ArrayList<>();
        for (Event event : events) {
            switch (event) {
                case Event.OrderPaid ignored when waitsForCharge(before) -> cleared.add(chargeDeadline(before));
                case Event.OrderRejected ignored when waitsForCharge(before) ->
                        cleared.add(chargeDeadline(before));
                case Event.FulfillmentCompleted ignored when before.fulfillment() != null
                        && before.fulfillment().isPending() -> cleared.add(new Deadline(Deadline.Kind.FULFILLMENT,
                                policy.fulfillmentDueAt(before.fulfillment().requestedAt())));
                default -> { }
            }
        }
        return cleared;
    }

    private static boolean waitsForCharge(Order before) {
        return before != null && before.status() == Status.PENDING_PAYMENT && before.charge() != null;
    }

    private Deadline chargeDeadline(Order before) {
        return new Deadline(Deadline.Kind.CHARGE, policy.chargeDueAt(before.charge().requestedAt()));
    }

    /**
     * A client's command is answered at once, unless deferred: a create-and-pay is answered when its charge settles
     * (paid or rejected), whichever input settles it, addressed to the command that created the order.
     */
    private static Optional<Reply> reply(Decision decision, Order after, Command command) {
        if (isClients(command)) {
            return switch (decision) {
                case Decision.Accepted ignored -> Optional.of(Reply.accepted(command.commandId()));
                case Decision.Rejected rejected -> Optional.of(Reply.rejected(command.commandId(), rejected));
                case Decision.Deferred ignored -> Optional.empty();
            };
        }
        for (Event event : decision.events()) {
            switch (event) {
                case Event.OrderPaid ignored -> {
                    return Optional.of(Reply.accepted(creatorOf(after)));
                }
                case Event.OrderRejected rejected -> {
                    return Optional.of(Reply.rejected(creatorOf(after), rejected.rejection()));
                }
                default -> { }
            }
        }
        return Optional.empty();
    }

    private static boolean isClients(Command command) {
        return command instanceof Command.FromClient;
    }

    /** The create a create-and-pay's client waits on; an order from before it was kept: its charge's request id. */
    private static String creatorOf(Order order) {
        return order.commands().createdBy() != null ? order.commands().createdBy() : order.charge().requestId();
    }
}
