package io.orderstream.localstack.bench;

/**
 * An order the benchmark created.
 *
 * @param startNanos when its {@code POST /orders} was sent
 * @param measured   sent within the measured window (after the warm-up, before the load stopped)
 */
public record CreatedOrder(String orderId, long startNanos, boolean measured) {
}
