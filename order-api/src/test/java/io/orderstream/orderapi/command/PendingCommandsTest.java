package io.orderstream.orderapi.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PendingCommandsTest {

    private final PendingCommands pending = new PendingCommands();

    static CommandResult resultOf(String commandId) {
        return CommandResult.newBuilder()
                .setCommandId(commandId)
                .setOrderId("order-1")
                .setOutcome(CommandOutcome.ACCEPTED)
                .setProcessedAt(Instant.parse("2026-11-21T12:00:00Z"))
                .build();
    }

    @Test
    void a_result_completes_the_future_of_its_command() {
        CompletableFuture<CommandResult> future = pending.expect("command-1");

        pending.complete(resultOf("command-1"));

        assertThat(future).isCompletedWithValue(resultOf("command-1"));
        assertThat(pending.size()).isZero();
    }

    @Test
    void a_result_of_another_instances_command_is_ignored() {
        CompletableFuture<CommandResult> future = pending.expect("command-1");

        pending.complete(resultOf("command-2"));

        assertThat(future).isNotDone();
        assertThat(pending.size()).isOne();
    }

    @Test
    void a_forgotten_command_is_no_longer_waited_for() {
        CompletableFuture<CommandResult> future = pending.expect("command-1");

        pending.forget("command-1");
        pending.complete(resultOf("command-1"));

        assertThat(future).isNotDone();
        assertThat(pending.size()).isZero();
    }

    @Test
    void a_result_keyed_by_the_order_of_a_waiting_command_is_awaited() {
        pending.expect("command-1", "order-1");

        assertThat(pending.awaitsResultFor("order-1")).isTrue();
        assertThat(pending.awaitsResultFor("order-2")).isFalse();
    }

    @Test
    void an_order_is_awaited_until_its_last_waiter_is_answered_or_gives_up() {
        pending.expect("command-1", "order-1");
        pending.expect("command-2", "order-1");

        pending.complete(resultOf("command-1"));
        assertThat(pending.awaitsResultFor("order-1")).isTrue();

        pending.forget("command-2");
        assertThat(pending.awaitsResultFor("order-1")).isFalse();
    }

    @Test
    void a_waiter_that_names_no_order_awaits_every_result() {
        pending.expect("command-1");

        assertThat(pending.awaitsResultFor("any-order")).isTrue();
    }

    @Test
    void a_result_without_a_key_may_be_anyones() {
        assertThat(pending.awaitsResultFor(null)).isTrue();
    }

    @Test
    void a_command_expected_twice_is_one_waiter() {
        CompletableFuture<CommandResult> first = pending.expect("command-1", "order-1");

        assertThat(pending.expect("command-1", "order-1")).isSameAs(first);
        pending.forget("command-1");
        assertThat(pending.awaitsResultFor("order-1")).isFalse();
    }
}
