package io.orderstream.processor.domain;

import java.time.Instant;

/** An installment applied to an order. */
public record Payment(String paymentId, long amount, Instant appliedAt) {
}
