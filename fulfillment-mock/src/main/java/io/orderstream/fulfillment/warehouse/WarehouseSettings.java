package io.orderstream.fulfillment.warehouse;

import java.time.Duration;
import java.util.Objects;

/**
 * How the warehouse behaves.
 *
 * @param seed         the seed every decision derives from, together with the request id
 * @param successRatio the share of requests it ships, from 0 (none) to 1 (all)
 * @param workTime     how long it takes to answer; the answer's times are the request's time plus this
 */
public record WarehouseSettings(long seed, double successRatio, Duration workTime) {

    public WarehouseSettings {
        if (!(successRatio >= 0 && successRatio <= 1)) {
            throw new IllegalArgumentException("the success ratio must be between 0 and 1, was " + successRatio);
        }
        if (Objects.requireNonNull(workTime, "workTime").isNegative()) {
            throw new IllegalArgumentException("the work time must not be negative, was " + workTime);
        }
    }
}
