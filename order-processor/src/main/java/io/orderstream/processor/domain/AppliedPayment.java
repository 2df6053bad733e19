package io.orderstream.processor.domain;

import java.time.Instant;

/** An installment applied to an order. */
public record AppliedPayment(String paymentId, long amount, Instant appliedAt) {
}
