package io.orderstream.billing.payment;

/**
 * Which attempt at a payment request this is.
 *
 * @param number from 1
 * @param isLast whether a failure now makes the worker give up on the request
 */
public record Attempt(int number, boolean isLast) {
}
