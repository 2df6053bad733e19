package io.orderstream.paymentprovider.domain;

/** A charge in the ledger either moved the money or was declined (for insufficient funds). */
public enum ChargeStatus {
    SUCCEEDED,
    DECLINED
}
