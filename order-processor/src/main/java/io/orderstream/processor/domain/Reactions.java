package io.orderstream.processor.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What follows a decided command, besides the new order: the events numbered with their versions, the requests
 * sent to the payment worker (charges, payouts, refunds) and the warehouse, the deadlines set and cleared, and the
 * reply to the client's command (none while a create-and-pay waits for its charge). Computed by {@link OrderReactions}; the shell only sends it.
 */
public record Reactions(List<NumberedEvent> events, List<Request> requests, List<Deadline> setDeadlines,
                        List<Deadline> clearedDeadlines, Optional<Reply> reply) {

    public Reactions {
        events = List.copyOf(events);
        requests = List.copyOf(requests);
        setDeadlines = List.copyOf(setDeadlines);
        clearedDeadlines = List.copyOf(clearedDeadlines);
    }

    /** An event with the order's version it makes: the versions of one order's events run 1, 2, 3... */
    public record NumberedEvent(long version, Event event) {
    }

    /** A request another service is asked, once per attempt. */
    public sealed interface Request {
        /** The payment worker is asked for a create-and-pay order's charge. */
        record Charge(Event.ChargeRequested requested) implements Request {
        }

        /** The warehouse is asked to fulfil the order. */
        record Fulfil(Event.FulfillmentRequested requested) implements Request {
        }

        /** The payment worker is asked to pay a shipment's merchant (on payouts.requests). */
        record Payout(Event.PayoutRequested requested) implements Request {
        }

        /** The payment worker is asked to refund the buyer (on payments.requests). */
        record Refund(Event.RefundRequested requested) implements Request {
        }
    }

    /** What an order waits for until {@code at}: when it passes unanswered, the order is told so. */
    public record Deadline(Kind kind, Instant at) {
        public enum Kind { FULFILLMENT, CHARGE }
    }

    /**
     * The answer to a client's command.
     *
     * @param commandId the command answered: the one decided, or the create a create-and-pay's charge settles
     * @param code      why it was refused; null when accepted
     */
    public record Reply(String commandId, Outcome outcome, String code, String message,
                        List<Decision.FieldError> fieldErrors) {

        public enum Outcome { ACCEPTED, REJECTED }

        public Reply {
            fieldErrors = List.copyOf(fieldErrors);
        }

        static Reply accepted(String commandId) {
            return new Reply(commandId, Outcome.ACCEPTED, null, null, List.of());
        }

        static Reply rejected(String commandId, Decision.Rejected why) {
            return new Reply(commandId, Outcome.REJECTED, why.code(), why.message(), why.fieldErrors());
        }

        static Reply rejected(String commandId, ChargeRejection why) {
            return new Reply(commandId, Outcome.REJECTED, why.code(), why.message(), List.of());
        }
    }
}
