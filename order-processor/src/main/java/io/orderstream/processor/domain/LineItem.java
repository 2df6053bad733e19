package io.orderstream.processor.domain;

/** One line of a basket; prices are integer minor units of the order's currency. */
public record LineItem(String sku, String name, int quantity, long unitPrice) {

    public long amount() {
        return Math.multiplyExact(unitPrice, quantity);
    }
}
