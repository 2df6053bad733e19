package io.orderstream.paymentprovider.domain;

/** Why a refund of a charge was refused. */
public enum RefundRefusal {
    /** No charge has that id. */
    CHARGE_NOT_FOUND,
    /** The refund is in another currency than the charge. */
    CURRENCY_MISMATCH,
    /** With the refunds made before, it would give back more than the charge captured (a declined one: nothing). */
    REFUND_EXCEEDS_CAPTURED
}
