package io.orderstream.orderapi.command;

import static io.orderstream.orderapi.command.CountingResults.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.schemas.order.CommandResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

/** What {@link CommandResultListener} decodes of the results it reads, and whom it wakes. */
class CommandResultWakingTest {

    private final PendingCommands pending = new PendingCommands();
    private final DecodedResults decoded = new DecodedResults(pending, DecodedResults.DEFAULT_BUDGET_BYTES);
    private final CountingResults results = new CountingResults();

    @Test
    void a_waiter_is_answered_with_the_result_of_its_command() {
        CompletableFuture<CommandResult> waiter = pending.expect("command-1", "order-1");

        CommandResultListener.wake(List.of(record(0, "command-1", "order-1")), pending, decoded, results);

        assertThat(waiter).isCompleted();
        assertThat(waiter.join().getCommandId()).isEqualTo("command-1");
        assertThat(results.decoded()).isOne();
    }

    @Test
    void a_result_keyed_by_an_order_no_waiter_here_waits_for_is_not_decoded() {
        CompletableFuture<CommandResult> waiter = pending.expect("command-1", "order-1");

        CommandResultListener.wake(List.of(record(0, "command-2", "order-2"), record(1, "command-3", "order-3")),
                pending, decoded, results);

        assertThat(results.decoded()).isZero();
        assertThat(waiter).isNotDone();
    }

    @Test
    void a_result_whose_waiter_gave_up_is_not_decoded() {
        pending.expect("command-1", "order-1");
        pending.forget("command-1");

        CommandResultListener.wake(List.of(record(0, "command-1", "order-1")), pending, decoded, results);

        assertThat(results.decoded()).isZero();
    }

    @Test
    void a_result_of_another_command_of_the_same_order_is_decoded_but_wakes_no_one() {
        CompletableFuture<CommandResult> waiter = pending.expect("command-1", "order-1");

        CommandResultListener.wake(List.of(record(0, "command-2", "order-1")), pending, decoded, results);

        assertThat(results.decoded()).isOne();
        assertThat(waiter).isNotDone();
    }

    @Test
    void a_result_without_a_key_is_decoded() {
        CompletableFuture<CommandResult> waiter = pending.expect("command-1", "order-1");
        ConsumerRecord<byte[], byte[]> keyed = record(0, "command-1", "order-1");
        var unkeyed = new ConsumerRecord<byte[], byte[]>(keyed.topic(), 0, 0, null, keyed.value());

        CommandResultListener.wake(List.of(unkeyed), pending, decoded, results);

        assertThat(waiter).isCompleted();
    }

    @Test
    void a_result_the_outcomes_group_decoded_for_a_waiter_here_is_not_decoded_again() {
        CompletableFuture<CommandResult> waiter = pending.expect("command-1", "order-1");
        ConsumerRecord<byte[], byte[]> record = record(0, "command-1", "order-1");
        var groupsReads = new CountingResults();
        Deserializer<CommandResult> group = decoded.forLog(groupsReads);

        CommandResult stored = group.deserialize(record.topic(), record.headers(), record.value());
        CommandResultListener.wake(List.of(record), pending, decoded, results);

        assertThat(groupsReads.decoded()).isOne();
        assertThat(results.decoded()).isZero();
        assertThat(waiter.join()).isSameAs(stored);
    }

    @Test
    void a_result_the_waiter_decoded_is_not_decoded_again_by_the_outcomes_group() {
        CompletableFuture<CommandResult> waiter = pending.expect("command-1", "order-1");
        ConsumerRecord<byte[], byte[]> record = record(0, "command-1", "order-1");
        var groupsReads = new CountingResults();

        CommandResultListener.wake(List.of(record), pending, decoded, results);
        CommandResult stored = decoded.forLog(groupsReads).deserialize(record.topic(), record.headers(), record.value());

        assertThat(results.decoded()).isOne();
        assertThat(groupsReads.decoded()).isZero();
        assertThat(stored).isSameAs(waiter.join());
    }
}
