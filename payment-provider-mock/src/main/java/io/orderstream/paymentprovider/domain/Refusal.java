package io.orderstream.paymentprovider.domain;

/** Why a request was refused without a charge being made. */
public enum Refusal {
    CUSTOMER_NOT_FOUND,
    CURRENCY_MISMATCH
}
