package io.orderstream.processor.domain;

import static io.orderstream.processor.domain.OrderFixtures.DECIDER;
import static io.orderstream.processor.domain.OrderFixtures.NOW;
import static io.orderstream.processor.domain.OrderFixtures.ORDER_ID;
import static io.orderstream.processor.domain.OrderFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.processor.domain.Reactions.Deadline;
import io.orderstream.processor.domain.Reactions.NumberedEvent;
import io.orderstream.processor.domain.Reactions.Reply;
import io.orderstream.processor.domain.Reactions.Request;
import java.time.Instant;
import java.util.List;

/**
 * Axon-style specifications of the order: given these events (or commands), when this command, then these events,
 * this rejection, these effects. Decides, evolves and reacts exactly as the Streams shell does.
 */
final class OrderScenario {

    private static final OrderReactions REACTIONS = new OrderReactions(POLICY);

    private final Order before;

    private OrderScenario(Order before) {
        this.before = before;
    }

    /** No order yet. */
    static OrderScenario givenNoOrder() {
        return new OrderScenario(null);
    }

    /** The order these events, applied in order, make. */
    static OrderScenario given(Event... history) {
        return new OrderScenario(OrderEvolution.evolveAll(ORDER_ID, null, List.of(history)));
    }

    /** The order these commands, decided at {@link OrderFixtures#NOW}, make (and remember). */
    static OrderScenario givenCommands(Command... commands) {
        return new OrderScenario(OrderFixtures.given(commands));
    }

    /** The same order, remembering that the command {@code commandId} created it. */
    OrderScenario createdBy(String commandId) {
        return new OrderScenario(before.withCommands(AppliedCommands.createdBy(commandId)));
    }

    Then when(Command command) {
        return whenAt(NOW, command);
    }

    Then whenAt(Instant now, Command command) {
        Decision decision = DECIDER.decide(before, command, now);
        Order after = OrderEvolution.evolveAll(ORDER_ID, before, command, decision.events());
        return new Then(decision, REACTIONS.react(before, decision, after, command));
    }

    record Then(Decision decision, Reactions reactions) {

        Then thenEvents(Event... expected) {
            assertThat(decision.events()).containsExactly(expected);
            return this;
        }

        Then thenRejected(String code) {
            assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class,
                    rejected -> assertThat(rejected.code()).isEqualTo(code));
            return this;
        }

        Then thenReply(String commandId, Reply.Outcome outcome, String code) {
            assertThat(reactions.reply()).hasValueSatisfying(reply -> {
                assertThat(reply.commandId()).isEqualTo(commandId);
                assertThat(reply.outcome()).isEqualTo(outcome);
                assertThat(reply.code()).isEqualTo(code);
            });
            return this;
        }

        Then thenAccepted(String commandId) {
            return thenReply(commandId, Reply.Outcome.ACCEPTED, null);
        }

        Then thenNoReply() {
            assertThat(reactions.reply()).isEmpty();
            return this;
        }

        Then thenRequests(Request... expected) {
            assertThat(reactions.requests()).containsExactly(expected);
            return this;
        }

        Then thenDeadlinesSet(Deadline... expected) {
            assertThat(reactions.setDeadlines()).containsExactly(expected);
            return this;
        }

        Then thenDeadlinesCleared(Deadline... expected) {
            assertThat(reactions.clearedDeadlines()).containsExactly(expected);
            return this;
        }

        Then thenVersions(Long... expected) {
            assertThat(reactions.events()).extracting(NumberedEvent::version).containsExactly(expected);
            assertThat(reactions.events()).extracting(NumberedEvent::event).isEqualTo(decision.events());
            return this;
        }

        /** Nothing follows: no event, no request, no deadline, no reply. */
        Then thenNothingFollows() {
            assertThat(reactions).isEqualTo(new Reactions(List.of(), List.of(), List.of(), List.of(),
                    java.util.Optional.empty()));
            return this;
        }
    }
}
