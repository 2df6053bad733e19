package io.orderstream.orderapi;

import io.orderstream.orderapi.execution.CommandWaits;
import io.orderstream.platform.config.Env;
import java.time.Duration;

/**
 * The order-api's own configuration.
 *
 * @param waits                 ORDER_API_COMMAND_TIMEOUT (PT5S) and ORDER_API_PAYMENT_TIMEOUT (PT15S): how long a
 *                              POST waits for its result before answering 202 with the command's status URL
 * @param idempotencyTtl        ORDER_API_IDEMPOTENCY_TTL (PT48H): how long an Idempotency-Key and its answer are
 *                              kept, and the command whose status a kept 202 points at
 * @param idempotencyCleanup    ORDER_API_IDEMPOTENCY_CLEANUP_INTERVAL (PT1H): how often older ones are deleted
 */
public record OrderApiSettings(CommandWaits waits, Duration idempotencyTtl, Duration idempotencyCleanup) {

    static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(5);
    static final Duration DEFAULT_PAYMENT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration DEFAULT_IDEMPOTENCY_TTL = Duration.ofHours(48);
    /** Stripe's promise, which clients rely on. */
    static final Duration MIN_IDEMPOTENCY_TTL = Duration.ofHours(24);
    static final Duration DEFAULT_CLEANUP_INTERVAL = Duration.ofHours(1);

    public OrderApiSettings {
        if (idempotencyTtl.compareTo(MIN_IDEMPOTENCY_TTL) < 0) {
            throw new IllegalArgumentException("ORDER_API_IDEMPOTENCY_TTL must be at least " + MIN_IDEMPOTENCY_TTL
                    + ", was " + idempotencyTtl);
        }
        if (!idempotencyCleanup.isPositive()) {
            throw new IllegalArgumentException("ORDER_API_IDEMPOTENCY_CLEANUP_INTERVAL must be positive, was "
                    + idempotencyCleanup);
        }
    }

    public static OrderApiSettings from(Env env) {
        return new OrderApiSettings(
                new CommandWaits(env.duration("ORDER_API_COMMAND_TIMEOUT", DEFAULT_COMMAND_TIMEOUT),
                        env.duration("ORDER_API_PAYMENT_TIMEOUT", DEFAULT_PAYMENT_TIMEOUT)),
                env.duration("ORDER_API_IDEMPOTENCY_TTL", DEFAULT_IDEMPOTENCY_TTL),
                env.duration("ORDER_API_IDEMPOTENCY_CLEANUP_INTERVAL", DEFAULT_CLEANUP_INTERVAL));
    }
}
