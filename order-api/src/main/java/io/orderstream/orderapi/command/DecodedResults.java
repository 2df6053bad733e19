package io.orderstream.orderapi.command;

import io.orderstream.schemas.order.CommandResult;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Each command result decoded once per instance. Two readers of orders.command-results run in every instance: the
 * waiter ({@link CommandResultListener}, every partition) and the group {@code order-api-command-outcomes} (its
 * partitions, into the command log). What one of them decoded and the other one will read too is left here, and
 * the other takes it instead of decoding the same bytes again: the listener leaves every result it decoded (the
 * group may own its partition), the group leaves those of commands this instance waits for.
 *
 * <p>Results are found by their record's bytes, compared whole: equal bytes (magic byte, schema id, Avro body) decode
 * to equal results, so a result taken here is the one the reader would have decoded itself, whatever partition or
 * offset it came from. Decoded results are never changed by their readers, so one may be shared. What is left and
 * never taken (the partition is another instance's, or both decoded at once) goes, oldest first, once the bytes kept
 * pass the budget.
 */
public final class DecodedResults {

    /** Enough for a few seconds of results under load, a few MiB of heap at most. */
    public static final long DEFAULT_BUDGET_BYTES = 2L * 1024 * 1024;

    private record Bytes(byte[] value, int hash) {

        static Bytes of(byte[] value) {
            return new Bytes(value, Arrays.hashCode(value));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes bytes && hash == bytes.hash && Arrays.equals(value, bytes.value);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final PendingCommands pending;
    private final long budgetBytes;
    private final Map<Bytes, CommandResult> left = new LinkedHashMap<>();
    private long bytesLeft;

    public DecodedResults(PendingCommands pending, long budgetBytes) {
        this.pending = pending;
        this.budgetBytes = budgetBytes;
    }

    /** The listener's reading: left by the group, or decoded here and left for the group. */
    CommandResult forWaiter(Deserializer<CommandResult> decoder, String topic, Headers headers, byte[] value) {
        return takenOrDecoded(decoder, topic, headers, value, result -> true);
    }

    /** The group's reading, as a deserializer: left by the listener, or decoded and left when a waiter here needs it. */
    public Deserializer<CommandResult> forLog(Deserializer<CommandResult> decoder) {
        return new Deserializer<>() {
            @Override
            public CommandResult deserialize(String topic, byte[] value) {
                return deserialize(topic, null, value);
            }

            @Override
            public CommandResult deserialize(String topic, Headers headers, byte[] value) {
                return takenOrDecoded(decoder, topic, headers, value,
                        result -> result != null && pending.awaits(result.getCommandId()));
            }

            @Override
            public void close() {
                decoder.close();
            }
        };
    }

    /** How many results are left and not taken yet. */
    synchronized int size() {
        return left.size();
    }

    /** What the other reader left for these bytes, or the bytes decoded here and left for it when {@code leaveIf}. */
    private CommandResult takenOrDecoded(Deserializer<CommandResult> decoder, String topic, Headers headers,
                                         byte[] value, Predicate<CommandResult> leaveIf) {
        if (value == null) {
            return decoder.deserialize(topic, headers, (byte[]) null);
        }
        Bytes bytes = Bytes.of(value);
        Optional<CommandResult> taken = take(bytes);
        if (taken.isPresent()) {
            return taken.get();
        }
        CommandResult result = decoder.deserialize(topic, headers, value);
        if (leaveIf.test(result)) {
            leave(bytes, result);
        }
        return result;
    }

    private synchronized Optional<CommandResult> take(Bytes bytes) {
        if (left.isEmpty()) {
            return Optional.empty();
        }
        CommandResult result = left.remove(bytes);
        if (result != null) {
            bytesLeft -= bytes.value().length;
        }
        return Optional.ofNullable(result);
    }

    private synchronized void leave(Bytes bytes, CommandResult result) {
        if (result == null || bytes.value().length > budgetBytes) {
            return;
        }
        if (left.putIfAbsent(bytes, result) == null) {
            bytesLeft += bytes.value().length;
        }
        Iterator<Bytes> oldest = left.keySet().iterator();
        while (bytesLeft > budgetBytes && oldest.hasNext()) {
            bytesLeft -= oldest.next().value().length;
            oldest.remove();
        }
    }
}
