package io.orderstream.processor.domain;

import java.time.Duration;

/**
 * The tunable limits of the order rules.
 *
 * @param maxTotalMajorUnits    largest order total in whole currency units (1,000,000.00 by default)
 * @param fulfillmentTimeout    how long the warehouse may take to answer before it is asked again
 * @param fulfillmentAttempts   how many times it is asked before the order closes as FAILED
 */
public record OrderPolicy(long maxTotalMajorUnits, Duration fulfillmentTimeout, int fulfillmentAttempts) {

    public static final OrderPolicy DEFAULT = new OrderPolicy(1_000_000, Duration.ofSeconds(60), 3);

    public OrderPolicy {
        if (maxTotalMajorUnits <= 0 || fulfillmentAttempts < 1 || fulfillmentTimeout.isNegative()
                || fulfillmentTimeout.isZero()) {
            throw new IllegalArgumentException("invalid order policy " + this);
        }
    }
}
