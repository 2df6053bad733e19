package io.orderstream.dlq.record;

import java.util.Arrays;
import java.util.List;

/** {@code --offsets 0:17,2:5}: addresses separated by commas. */
public record PartitionOffsets(List<PartitionOffset> offsets) {

    public PartitionOffsets {
        offsets = List.copyOf(offsets);
    }

    /** An {@link IllegalArgumentException} naming the first address that is not {@code <partition>:<offset>}. */
    public static PartitionOffsets parse(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("name at least one <partition>:<offset>, e.g. 2:17");
        }
        return new PartitionOffsets(Arrays.stream(text.split(",", -1)).map(PartitionOffset::parse).toList());
    }
}
