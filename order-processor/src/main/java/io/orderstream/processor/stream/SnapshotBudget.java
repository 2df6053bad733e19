package io.orderstream.processor.stream;

import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.OrderState;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The largest order snapshot the processor will decide into being. Kafka refuses records over max.request.size
 * (1 MiB by default); a snapshot over it could be neither stored (changelog) nor published, after its events were.
 * So a command whose resulting snapshot would exceed the budget is refused before anything is written, and the
 * order stays as it was. The domain bounds keep real orders far below it; this is the guarantee behind them.
 */
final class SnapshotBudget {

    /** Leaves room under Kafka's 1 MiB for the record's key, headers and batch overhead. */
    static final int DEFAULT_BYTES = 900_000;
    /** The registry's framing: magic byte and 4-byte schema id. */
    private static final int FRAMING = 5;

    private final Serializer<OrderState> avro = AvroSerdes.schemaless().valueSerde(TopicCatalog.ORDER_STATE)
            .serializer();
    private final int maxBytes;

    SnapshotBudget(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    boolean fits(OrderState snapshot) {
        return avro.serialize(null, snapshot).length + FRAMING <= maxBytes;
    }

    int maxBytes() {
        return maxBytes;
    }
}
