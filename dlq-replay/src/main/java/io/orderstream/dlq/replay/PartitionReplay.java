package io.orderstream.dlq.replay;

import io.orderstream.dlq.kafka.DeadLetterSource;
import io.orderstream.dlq.record.DeadLetter;
import io.orderstream.dlq.record.PartitionOffset;
import io.orderstream.dlq.replay.ReplayOutcome.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Replays one partition: reads it from the first offset not settled up to where the selection ends, sends every
 * selected dead letter not replayed before, and commits the progress with the sent records every
 * {@value #RECORDS_PER_TRANSACTION} records and at the end.
 */
final class PartitionReplay {

    static final int RECORDS_PER_TRANSACTION = 100;

    private final TopicPartition partition;
    private final ReplaySelection selection;
    private final PartitionProgress progress;
    private final ReplaySink sink;
    private final Predicate<String> destinationExists;
    private final List<ReplayOutcome> outcomes = new ArrayList<>();
    private final Set<Long> looked = new HashSet<>();
    private OffsetAndMetadata committed;
    private long nextOffset;
    private int sentSinceCommit;

    PartitionReplay(TopicPartition partition, ReplaySelection selection, PartitionProgress progress, ReplaySink sink,
                    Predicate<String> destinationExists) {
        this.partition = partition;
        this.selection = selection;
        this.progress = progress;
        this.sink = sink;
        this.destinationExists = destinationExists;
        this.committed = progress.toOffsetAndMetadata();
    }

    /** @param endOffset the partition's end when the replay started: later records wait for the next replay */
    List<ReplayOutcome> run(DeadLetterSource source, long endOffset) {
        reportSelectedAndSettled(source);
        long until = selection.readUntil(partition.partition(), endOffset);
        nextOffset = progress.committedOffset();
        source.read(partition, nextOffset, until, this::visit);
        progress.settle(nextOffset, until - 1); // read to the end: no records there
        commit();
        reportSelectedAndMissing();
        return outcomes;
    }

    private void visit(DeadLetter letter) {
        progress.settle(nextOffset, letter.offset() - 1); // no records between the last one and this one
        nextOffset = letter.offset() + 1;
        if (progress.isSettled(letter.offset()) || !selection.includes(letter.partition(), letter.offset())) {
            return;
        }
        looked.add(letter.offset());
        replay(letter);
    }

    private void replay(DeadLetter letter) {
        Optional<String> destination = letter.failure().originalTopic();
        if (destination.isEmpty()) {
            outcomes.add(outcome(letter, "", Kind.NO_ORIGINAL_TOPIC));
            return;
        }
        if (!destinationExists.test(destination.get())) {
            outcomes.add(outcome(letter, destination.get(), Kind.UNKNOWN_DESTINATION));
            return;
        }
        sink.send(ReplayedRecords.backToOriginal(letter, destination.get(), partition.topic()));
        progress.settle(letter.offset(), letter.offset());
        outcomes.add(outcome(letter, destination.get(), sink.isDryRun() ? Kind.WOULD_REPLAY : Kind.REPLAYED));
        if (++sentSinceCommit >= RECORDS_PER_TRANSACTION) {
            commit();
        }
    }

    private void commit() {
        OffsetAndMetadata current = progress.toOffsetAndMetadata();
        if (!current.equals(committed)) {
            sink.commit(partition, current);
            committed = current;
        }
        sentSinceCommit = 0;
    }

    /** Named by --offsets but settled before this replay: replayed before, or not a record at all. */
    private void reportSelectedAndSettled(DeadLetterSource source) {
        for (PartitionOffset address : selectedAddresses()) {
            if (progress.isSettled(address.offset())) {
                looked.add(address.offset());
                outcomes.add(source.readOne(partition, address.offset())
                        .map(letter -> outcome(letter, letter.failure().originalTopic().orElse(""), Kind.ALREADY_REPLAYED))
                        .orElseGet(() -> new ReplayOutcome(address, "", "", Kind.NO_RECORD)));
            }
        }
    }

    /** Named by --offsets, yet nothing was there: a transaction marker or an aborted record. */
    private void reportSelectedAndMissing() {
        selectedAddresses().stream()
                .filter(address -> !looked.contains(address.offset()))
                .forEach(address -> outcomes.add(new ReplayOutcome(address, "", "", Kind.NO_RECORD)));
    }

    private List<PartitionOffset> selectedAddresses() {
        return selection instanceof ReplaySelection.Offsets offsets ? offsets.in(partition.partition()) : List.of();
    }

    private static ReplayOutcome outcome(DeadLetter letter, String destination, Kind kind) {
        return new ReplayOutcome(new PartitionOffset(letter.partition(), letter.offset()), letter.key(), destination, kind);
    }
}
