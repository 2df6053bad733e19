package io.orderstream.orderapi.command;

import static io.orderstream.orderapi.command.CountingResults.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.schemas.order.CommandResult;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

/** Each result decoded once per instance: what one reader leaves, the other takes. */
class DecodedResultsTest {

    private final PendingCommands pending = new PendingCommands();
    private final CountingResults reads = new CountingResults();

    @Test
    void a_result_nobody_here_waits_for_is_decoded_by_the_group_and_not_kept() {
        var decoded = new DecodedResults(pending, DecodedResults.DEFAULT_BUDGET_BYTES);
        ConsumerRecord<byte[], byte[]> record = record(0, "command-1", "order-1");

        CommandResult result = decoded.forLog(reads).deserialize(record.topic(), record.headers(), record.value());

        assertThat(result.getCommandId()).isEqualTo("command-1");
        assertThat(reads.decoded()).isOne();
        assertThat(decoded.size()).isZero();
    }

    @Test
    void a_result_is_taken_once_then_decoded_again() {
        var decoded = new DecodedResults(pending, DecodedResults.DEFAULT_BUDGET_BYTES);
        ConsumerRecord<byte[], byte[]> record = record(0, "command-1", "order-1");
        Deserializer<CommandResult> group = decoded.forLog(reads);

        decoded.forWaiter(reads, record.topic(), record.headers(), record.value());
        group.deserialize(record.topic(), record.headers(), record.value());
        group.deserialize(record.topic(), record.headers(), record.value()); // the group's batch tried again

        assertThat(reads.decoded()).isEqualTo(2);
        assertThat(decoded.size()).isZero();
    }

    @Test
    void results_are_found_by_their_whole_bytes() {
        var decoded = new DecodedResults(pending, DecodedResults.DEFAULT_BUDGET_BYTES);
        ConsumerRecord<byte[], byte[]> first = record(0, "command-1", "order-1");
        ConsumerRecord<byte[], byte[]> other = record(1, "command-2", "order-1");

        decoded.forWaiter(reads, first.topic(), first.headers(), first.value());
        CommandResult result = decoded.forLog(reads)
                .deserialize(other.topic(), other.headers(), Arrays.copyOf(other.value(), other.value().length));

        assertThat(result.getCommandId()).isEqualTo("command-2");
        assertThat(reads.decoded()).isEqualTo(2);
    }

    @Test
    void what_nobody_takes_is_dropped_oldest_first_beyond_the_budget() {
        ConsumerRecord<byte[], byte[]> first = record(0, "command-1", "order-1");
        ConsumerRecord<byte[], byte[]> second = record(1, "command-2", "order-2");
        var decoded = new DecodedResults(pending, first.value().length + second.value().length - 1);

        decoded.forWaiter(reads, first.topic(), first.headers(), first.value());
        decoded.forWaiter(reads, second.topic(), second.headers(), second.value());

        assertThat(decoded.size()).isOne();
        Deserializer<CommandResult> group = decoded.forLog(reads);
        group.deserialize(second.topic(), second.headers(), second.value());
        assertThat(reads.decoded()).as("the newer one was kept").isEqualTo(2);
        group.deserialize(first.topic(), first.headers(), first.value());
        assertThat(reads.decoded()).as("the older one was dropped").isEqualTo(3);
    }

    @Test
    void with_no_budget_nothing_is_kept() {
        var decoded = new DecodedResults(pending, 0);
        ConsumerRecord<byte[], byte[]> record = record(0, "command-1", "order-1");

        decoded.forWaiter(reads, record.topic(), record.headers(), record.value());

        assertThat(decoded.size()).isZero();
    }
}
