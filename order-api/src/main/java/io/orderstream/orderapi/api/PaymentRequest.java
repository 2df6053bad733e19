package io.orderstream.orderapi.api;

/**
 * The body of {@code POST /orders/{id}/payments}: one installment in the order's minor units. The
 * client names it with {@code paymentId}, which makes repeating it safe.
 */
public record PaymentRequest(String paymentId, Long amount) {
}
