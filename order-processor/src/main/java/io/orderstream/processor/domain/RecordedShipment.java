package io.orderstream.processor.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Goods that left for an order, reported by the warehouse or by the merchant's notice: part of it, or all of it.
 *
 * @param invoiceNumber the merchant's number for the buyer's invoice of a pay-later order; null otherwise
 * @param payout        the merchant's payout for it; null for the platform's own orders
 */
public record RecordedShipment(String shipmentId, long amount, List<ShippedLine> lines, Instant shippedAt,
                               String invoiceNumber, String trackingCode, Payout payout) {

    public RecordedShipment {
        lines = List.copyOf(lines);
    }

    public RecordedShipment(String shipmentId, long amount, List<ShippedLine> lines, Instant shippedAt) {
        this(shipmentId, amount, lines, shippedAt, null, null, null);
    }

    public record ShippedLine(String sku, int quantity) {
    }

    /** The same notice as this shipment's: amount, lines, invoice number and tracking code. */
    public boolean sameBodyAs(long otherAmount, List<ShippedLine> otherLines, String otherInvoiceNumber,
                              String otherTrackingCode) {
        return amount == otherAmount && lines.equals(otherLines)
                && Objects.equals(invoiceNumber, otherInvoiceNumber) && Objects.equals(trackingCode, otherTrackingCode);
    }

    RecordedShipment withPayout(Payout newPayout) {
        return new RecordedShipment(shipmentId, amount, lines, shippedAt, invoiceNumber, trackingCode, newPayout);
    }
}
