package io.orderstream.dlq.record;

import java.util.Comparator;

/** A record's address in a topic: {@code <partition>:<offset>}, as {@code list} prints it. */
public record PartitionOffset(int partition, long offset) implements Comparable<PartitionOffset> {

    private static final Comparator<PartitionOffset> ORDER =
            Comparator.comparingInt(PartitionOffset::partition).thenComparingLong(PartitionOffset::offset);

    public PartitionOffset {
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("partition and offset are never negative: " + partition + ":" + offset);
        }
    }

    /** {@code 2:17}; an {@link IllegalArgumentException} that says what is expected otherwise. */
    public static PartitionOffset parse(String text) {
        String[] parts = text.strip().split(":", -1);
        if (parts.length != 2) {
            throw invalid(text);
        }
        try {
            return new PartitionOffset(Integer.parseInt(parts[0].strip()), Long.parseLong(parts[1].strip()));
        } catch (IllegalArgumentException e) {
            throw invalid(text);
        }
    }

    @Override
    public int compareTo(PartitionOffset other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return partition + ":" + offset;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not <partition>:<offset>, e.g. 2:17");
    }
}
