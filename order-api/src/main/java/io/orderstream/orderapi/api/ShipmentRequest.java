package io.orderstream.orderapi.api;

import java.util.List;

/**
 * The body of {@code POST /orders/{id}/shipments}: a merchant's notice that goods of the order shipped, worth
 * {@code amount} minor units. The merchant names it with {@code shipmentId} (repeating it is safe); {@code lines}
 * (what shipped), {@code invoiceNumber} (the buyer invoice's number, unique per merchant) and {@code trackingCode}
 * are optional.
 */
public record ShipmentRequest(String shipmentId, Long amount, List<Line> lines, String invoiceNumber,
                              String trackingCode) {

    public record Line(String sku, Integer quantity) {
    }

    /** No lines is the same as an empty list: only the amount is checked. */
    public List<Line> linesOrNone() {
        return lines == null ? List.of() : lines;
    }
}
