package io.orderstream.dlq.replay;

import io.orderstream.dlq.record.PartitionOffset;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Which dead letters a replay sends back: all not yet replayed, or the ones named by {@code --offsets}. */
public sealed interface ReplaySelection {

    static ReplaySelection all() {
        return new All();
    }

    static ReplaySelection offsets(Collection<PartitionOffset> offsets) {
        if (offsets.isEmpty()) {
            throw new IllegalArgumentException("name at least one <partition>:<offset>");
        }
        return new Offsets(List.copyOf(offsets));
    }

    /** Whether the replay looks at this partition at all. */
    boolean touches(int partition);

    boolean includes(int partition, long offset);

    /** Where reading the partition may stop: after the last selected offset, at most at the partition's end. */
    long readUntil(int partition, long endOffset);

    record All() implements ReplaySelection {

        @Override
        public boolean touches(int partition) {
            return true;
        }

        @Override
        public boolean includes(int partition, long offset) {
            return true;
        }

        @Override
        public long readUntil(int partition, long endOffset) {
            return endOffset;
        }
    }

    /** @param offsets in partition, then offset order, each once */
    record Offsets(List<PartitionOffset> offsets) implements ReplaySelection {

        public Offsets {
            offsets = List.copyOf(new TreeSet<>(offsets));
        }

        @Override
        public boolean touches(int partition) {
            return !in(partition).isEmpty();
        }

        @Override
        public boolean includes(int partition, long offset) {
            return offsets.contains(new PartitionOffset(partition, offset));
        }

        @Override
        public long readUntil(int partition, long endOffset) {
            List<PartitionOffset> selected = in(partition);
            return selected.isEmpty() ? 0 : Math.min(endOffset, selected.getLast().offset() + 1);
        }

        public List<PartitionOffset> in(int partition) {
            return offsets.stream().filter(offset -> offset.partition() == partition).toList();
        }
    }
}
