package io.orderstream.processor.domain;

/**
 * Where an order is in its life. PENDING_PAYMENT and REJECTED are never shown to clients. SHIPPED: a pay-later order
 * shipped in full (or its remainder cancelled), waiting for its invoices to be paid.
 */
public enum Status {
    PENDING_PAYMENT, CREATED, PAID, IN_FULFILLMENT, CLOSED, CANCELLED, REJECTED, SHIPPED
}
