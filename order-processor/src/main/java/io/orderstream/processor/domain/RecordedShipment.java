package io.orderstream.processor.domain;

import java.time.Instant;
import java.util.List;

/** Goods that left the warehouse for an order: part of it, or all of it. */
public record RecordedShipment(String shipmentId, long amount, List<ShippedLine> lines, Instant shippedAt) {

    public RecordedShipment {
        lines = List.copyOf(lines);
    }

    public record ShippedLine(String sku, int quantity) {
    }
}
