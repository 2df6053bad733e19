package io.orderstream.billing.domain;

/** What payments.results says of a charge (its {@code status}). */
public enum ResultStatus {
    CAPTURED,
    DECLINED,
    REJECTED,
    FAILED
}
