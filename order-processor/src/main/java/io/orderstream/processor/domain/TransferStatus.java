package io.orderstream.processor.domain;

/** Where money the order asked to move (a payout or a refund) stands. */
public enum TransferStatus { REQUESTED, SUCCEEDED, FAILED }
