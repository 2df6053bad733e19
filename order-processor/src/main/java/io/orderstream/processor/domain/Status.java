package io.orderstream.processor.domain;

/** Where an order is in its life. PENDING_PAYMENT and REJECTED are never shown to clients. */
public enum Status {
    PENDING_PAYMENT, CREATED, PAID, IN_FULFILLMENT, CLOSED, CANCELLED, REJECTED
}
