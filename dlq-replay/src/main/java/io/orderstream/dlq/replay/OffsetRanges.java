package io.orderstream.dlq.replay;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A set of offsets kept as disjoint, non-adjacent ranges, written {@code 5-9,12,20-31}. Mutable; owned by one
 * {@link PartitionProgress}.
 */
final class OffsetRanges {

    /** Range start to range end, both inclusive. */
    private final TreeMap<Long, Long> ranges = new TreeMap<>();

    /** Parses what {@link #toString()} wrote; an {@link IllegalArgumentException} for anything else. */
    static OffsetRanges parse(String text) {
        var parsed = new OffsetRanges();
        if (text.isBlank()) {
            return parsed;
        }
        for (String range : text.split(",")) {
            String[] ends = range.split("-", 2);
            long from = Long.parseLong(ends[0].strip());
            parsed.add(from, ends.length == 1 ? from : Long.parseLong(ends[1].strip()));
        }
        return parsed;
    }

    /** Adds {@code from..to}, both inclusive; nothing when {@code to < from}. */
    void add(long from, long to) {
        if (to < from) {
            return;
        }
        long start = from;
        long end = to;
        Map.Entry<Long, Long> before = ranges.floorEntry(from);
        if (before != null && before.getValue() >= from - 1) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
        }
        for (Map.Entry<Long, Long> next = ranges.ceilingEntry(start); next != null && next.getKey() <= end + 1;
             next = ranges.ceilingEntry(start)) {
            end = Math.max(end, next.getValue());
            ranges.remove(next.getKey());
        }
        ranges.put(start, end);
    }

    boolean contains(long offset) {
        Map.Entry<Long, Long> range = ranges.floorEntry(offset);
        return range != null && range.getValue() >= offset;
    }

    /** The range that starts exactly at {@code offset}: its last offset. */
    Optional<Long> endOfRangeStartingAt(long offset) {
        return Optional.ofNullable(ranges.get(offset));
    }

    /** Forgets every offset below {@code offset}; a range across it keeps its part from {@code offset} on. */
    void removeBelow(long offset) {
        Map.Entry<Long, Long> across = ranges.lowerEntry(offset);
        ranges.headMap(offset, false).clear();
        if (across != null && across.getValue() >= offset) {
            ranges.put(offset, across.getValue());
        }
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    @Override
    public String toString() {
        return ranges.entrySet().stream()
                .map(range -> range.getKey().equals(range.getValue())
                        ? range.getKey().toString() : range.getKey() + "-" + range.getValue())
                .collect(Collectors.joining(","));
    }
}
