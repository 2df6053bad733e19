package io.orderstream.localstack.bench;

/** The first snapshot on {@code orders.state} of an order in a final status, and when the benchmark saw it. */
public record Terminal(Kind kind, long seenNanos) {

    public enum Kind {
        CLOSED,
        /** closed after the warehouse failed it: refunded */
        CLOSED_FULFILLMENT_FAILED,
        CANCELLED,
        REJECTED;

        public boolean closed() {
            return this == CLOSED || this == CLOSED_FULFILLMENT_FAILED;
        }
    }
}
