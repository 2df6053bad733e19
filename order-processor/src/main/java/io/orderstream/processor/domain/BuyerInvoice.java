package io.orderstream.processor.domain;

import java.time.Instant;

/** A pay-later order's invoice to the buyer for one shipment; payments settle the oldest open one first. */
public record BuyerInvoice(String invoiceNumber, String shipmentId, long amount, long paid, Instant issuedAt,
                           Instant dueAt) {

    public long balance() {
        return amount - paid;
    }

    BuyerInvoice paying(long more) {
        return new BuyerInvoice(invoiceNumber, shipmentId, amount, paid + more, issuedAt, dueAt);
    }

    /** The number of an invoice the merchant did not number: the order id and the shipment's 1-based position. */
    public static String generatedNumber(String orderId, int position) {
        return orderId + "-" + position;
    }
}
