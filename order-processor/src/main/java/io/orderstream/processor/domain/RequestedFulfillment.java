package io.orderstream.processor.domain;

import java.time.Instant;

/**
 * The warehouse's part of an order: asked once per attempt under one request id, until it answers
 * or the attempts run out.
 *
 * @param outcome null while the warehouse has not answered
 */
public record RequestedFulfillment(String requestId, int attempts, Instant requestedAt, Outcome outcome, String reason,
                          Instant completedAt) {

    public enum Outcome { SUCCEEDED, FAILED }

    public static final String TIMEOUT_REASON = "fulfillment_timeout";

    static RequestedFulfillment requested(String requestId, int attempt, Instant at) {
        return new RequestedFulfillment(requestId, attempt, at, null, null, null);
    }

    RequestedFulfillment completed(Outcome result, String why, Instant at) {
        return new RequestedFulfillment(requestId, attempts, requestedAt, result, why, at);
    }

    public boolean isPending() {
        return outcome == null;
    }

    /** The id under which an order's fulfillment is requested, the same for every attempt. */
    public static String requestIdOf(String orderId) {
        return orderId + "/fulfillment";
    }
}
