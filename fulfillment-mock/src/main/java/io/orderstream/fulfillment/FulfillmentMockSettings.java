package io.orderstream.fulfillment;

import io.orderstream.fulfillment.warehouse.WarehouseSettings;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.loop.LoopSettings;
import io.orderstream.platform.loop.RetryTiers;
import java.time.Duration;

/**
 * The fulfillment-mock's own configuration.
 *
 * @param warehouse  FULFILLMENT_SEED (42), FULFILLMENT_SUCCESS_RATIO (0.8), FULFILLMENT_DELAY (PT0S, at most PT1M)
 * @param instanceId INSTANCE_ID (0): with the service name, the transactional id of this instance
 * @param retryTiers RETRY_BACKOFFS (PT1S,PT10S,PT60S): the retry tiers of requests whose answer fails retryably
 * @param commitInterval LOOP_COMMIT_INTERVAL (PT0.02S): how often, at most, answers are committed while requests are
 *                   being worked on (at once when none is)
 */
public record FulfillmentMockSettings(WarehouseSettings warehouse, String instanceId, RetryTiers retryTiers,
                                      Duration commitInterval) {

    /** Work that long per request would keep one poll's batch beyond the consumer's poll interval. */
    static final Duration MAX_DELAY = Duration.ofMinutes(1);

    public static FulfillmentMockSettings from(Env env) {
        double successRatio = env.decimal("FULFILLMENT_SUCCESS_RATIO", 0.8);
        if (!(successRatio >= 0 && successRatio <= 1)) {
            throw new IllegalArgumentException(
                    "environment variable FULFILLMENT_SUCCESS_RATIO must be between 0 and 1, was " + successRatio);
        }
        Duration delay = env.duration("FULFILLMENT_DELAY", Duration.ZERO);
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException(
                    "environment variable FULFILLMENT_DELAY must be between PT0S and " + MAX_DELAY + ", was " + delay);
        }
        return new FulfillmentMockSettings(
                new WarehouseSettings(env.longValue("FULFILLMENT_SEED", 42), successRatio, delay),
                env.string("INSTANCE_ID", "0"),
                RetryTiers.from(env),
                LoopSettings.commitInterval(env));
    }
}
