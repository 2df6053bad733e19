package io.orderstream.dlq.replay;

import io.orderstream.dlq.DlqException;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;

/**
 * How far the replay of one dead-letter partition got, as its consumer group keeps it. An offset is <em>settled</em>
 * when its record was replayed or when it holds no record (transaction markers, aborted records): a replay never
 * sends it again.
 *
 * <p>A group offset alone says "everything below is settled" and cannot express holes, yet {@code replay --offsets}
 * replays records out of order. So the committed {@link OffsetAndMetadata} carries both: its offset is the first
 * offset not settled, and its metadata lists the settled offsets above it as ranges, {@code settled:12-15,40}. Both
 * are committed in the transaction that sends the replayed records, so they can never disagree with what was sent.
 * Settling the offset the committed offset points at moves it up over every range that then follows on.
 */
public final class PartitionProgress {

    static final String METADATA_PREFIX = "settled:";
    /** Brokers refuse offset metadata above {@code offset.metadata.max.bytes}, 4096 by default. */
    static final int MAX_METADATA_LENGTH = 4000;

    private long committedOffset;
    private final OffsetRanges settledAbove;

    private PartitionProgress(long committedOffset, OffsetRanges settledAbove) {
        this.committedOffset = committedOffset;
        this.settledAbove = settledAbove;
    }

    /**
     * @param committed      what the group committed for the partition, null when nothing yet
     * @param logStartOffset the partition's first offset: records deleted by retention can no longer be replayed
     */
    public static PartitionProgress of(OffsetAndMetadata committed, long logStartOffset) {
        var progress = committed == null
                ? new PartitionProgress(logStartOffset, new OffsetRanges())
                : new PartitionProgress(committed.offset(), ranges(committed.metadata()));
        progress.settle(Math.min(progress.committedOffset, logStartOffset), logStartOffset - 1);
        return progress;
    }

    /** The first offset that is not settled: where a replay reads on from. */
    public long committedOffset() {
        return committedOffset;
    }

    public boolean isSettled(long offset) {
        return offset < committedOffset || settledAbove.contains(offset);
    }

    /** Settles {@code from..to}, both inclusive; nothing when {@code to < from}. */
    public void settle(long from, long to) {
        settledAbove.add(Math.max(from, committedOffset), to);
        settledAbove.endOfRangeStartingAt(committedOffset).ifPresent(end -> committedOffset = end + 1);
        settledAbove.removeBelow(committedOffset);
    }

    /** What to commit; a {@link DlqException} when the settled ranges no longer fit into the metadata. */
    public OffsetAndMetadata toOffsetAndMetadata() {
        String metadata = settledAbove.isEmpty() ? "" : METADATA_PREFIX + settledAbove;
        if (metadata.length() > MAX_METADATA_LENGTH) {
            throw new DlqException("too many records were replayed one by one ahead of offset " + committedOffset
                    + " to keep them in the consumer group's offset metadata; replay that record (or use --all) first");
        }
        return new OffsetAndMetadata(committedOffset, metadata);
    }

    private static OffsetRanges ranges(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return new OffsetRanges();
        }
        if (!metadata.startsWith(METADATA_PREFIX)) {
            throw new DlqException("the replay group's offset metadata '" + metadata + "' was not written by dlq-replay;"
                    + " refusing to guess which records were replayed");
        }
        try {
            return OffsetRanges.parse(metadata.substring(METADATA_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new DlqException("the replay group's offset metadata '" + metadata + "' cannot be read", e);
        }
    }
}
