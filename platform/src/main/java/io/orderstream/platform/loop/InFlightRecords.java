package io.orderstream.platform.loop;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;

/**
 * The records a pipelined loop has polled and not yet committed, per partition in the order consumed, each with its
 * handling. What may be committed is, on each partition, the records done before the first one still handled: a
 * record done behind one still handled waits for it, so the committed offset never passes a record whose outputs
 * are not in the same or an earlier transaction. Only the loop's thread uses it; handlers only tell it they finished.
 */
final class InFlightRecords<I, O> {

    private record Pending<I, O>(BatchProcessor.ReadRecord<I> record,
                                 CompletableFuture<BatchProcessor.Outcome<O>> outcome) {

        boolean done() {
            return outcome.isDone();
        }

        TopicPartition partition() {
            return new TopicPartition(record.raw().topic(), record.raw().partition());
        }
    }

    private final Map<TopicPartition, ArrayDeque<Pending<I, O>>> byPartition = new LinkedHashMap<>();
    private final Semaphore finished = new Semaphore(0);
    private int size;

    /** A record polled after every record of its partition already added, and its handling. */
    void add(BatchProcessor.ReadRecord<I> record, CompletableFuture<BatchProcessor.Outcome<O>> outcome) {
        var pending = new Pending<>(record, outcome);
        byPartition.computeIfAbsent(pending.partition(), partition -> new ArrayDeque<>()).addLast(pending);
        size++;
        outcome.whenComplete((ignored, failure) -> finished.release());
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** How many records could be committed now: per partition, those done before the first still handled. */
    int committable() {
        int committable = 0;
        for (ArrayDeque<Pending<I, O>> partition : byPartition.values()) {
            for (Pending<I, O> pending : partition) {
                if (!pending.done()) {
                    break;
                }
                committable++;
            }
        }
        return committable;
    }

    /** Whether no record is still being handled or waiting to be. */
    boolean allDone() {
        return byPartition.values().stream().allMatch(partition -> partition.stream().allMatch(Pending::done));
    }

    /** Takes out up to {@code most} committable records, in each partition's order, as one transaction's batch. */
    ProcessedBatch<O> takeCommittable(int most, BatchProcessor<I, O> processor) {
        var batch = new ProcessedBatch.Builder<O>();
        int taken = 0;
        Iterator<ArrayDeque<Pending<I, O>>> partitions = byPartition.values().iterator();
        while (partitions.hasNext() && taken < most) {
            ArrayDeque<Pending<I, O>> partition = partitions.next();
            while (taken < most && !partition.isEmpty() && partition.peekFirst().done()) {
                Pending<I, O> pending = partition.pollFirst();
                size--;
                taken++;
                processor.collect(pending.record(), pending.outcome(), batch);
            }
            if (partition.isEmpty()) {
                partitions.remove();
            }
        }
        return batch.build();
    }

    /**
     * Forgets the records of these partitions, done or not (their handling goes on, unheard): their offsets were not
     * committed, so whoever reads the partitions next handles them again.
     */
    void drop(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            ArrayDeque<Pending<I, O>> dropped = byPartition.remove(partition);
            if (dropped != null) {
                size -= dropped.size();
            }
        }
    }

    /** Forgets every record, as {@link #drop} does; returns per partition the offset of the first one forgotten. */
    Map<TopicPartition, Long> dropAll() {
        Map<TopicPartition, Long> first = new HashMap<>();
        byPartition.forEach((partition, pending) -> first.put(partition, pending.peekFirst().record().raw().offset()));
        byPartition.clear();
        size = 0;
        return first;
    }

    /** Until a record's handling finishes (one finished since the last call counts) or the timeout passes. */
    void awaitFinished(Duration timeout) throws InterruptedException {
        if (finished.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            finished.drainPermits();
        }
    }
}
