package io.orderstream.paymentprovider;

import io.orderstream.paymentprovider.domain.GatewaySettings;
import io.orderstream.platform.config.Env;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The gateway's settings from the environment: PAYMENT_PROVIDER_LATENCY_MIN (PT0.02S),
 * PAYMENT_PROVIDER_LATENCY_MAX (PT0.2S), PAYMENT_PROVIDER_DECLINE_RATIO (0.25),
 * PAYMENT_PROVIDER_FAULT_RATIO (0.05) and PAYMENT_PROVIDER_SEED (random when unset).
 */
final class GatewayEnvironment {

    static final String LATENCY_MIN = "PAYMENT_PROVIDER_LATENCY_MIN";
    static final String LATENCY_MAX = "PAYMENT_PROVIDER_LATENCY_MAX";
    static final String DECLINE_RATIO = "PAYMENT_PROVIDER_DECLINE_RATIO";
    static final String FAULT_RATIO = "PAYMENT_PROVIDER_FAULT_RATIO";
    static final String SEED = "PAYMENT_PROVIDER_SEED";

    private GatewayEnvironment() {
    }

    static GatewaySettings read(Env env, LongSupplier randomSeed) {
        Duration min = nonNegative(env, LATENCY_MIN, GatewaySettings.DEFAULT_LATENCY_MIN);
        Duration max = nonNegative(env, LATENCY_MAX, GatewaySettings.DEFAULT_LATENCY_MAX);
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException(LATENCY_MAX + " (" + max + ") is below " + LATENCY_MIN + " (" + min + ")");
        }
        return new GatewaySettings(min, max,
                ratio(env, DECLINE_RATIO, GatewaySettings.DEFAULT_DECLINE_RATIO),
                ratio(env, FAULT_RATIO, GatewaySettings.DEFAULT_FAULT_RATIO),
                env.optional(SEED).isPresent() ? env.longValue(SEED, 0) : randomSeed.getAsLong());
    }

    private static Duration nonNegative(Env env, String name, Duration defaultValue) {
        Duration value = env.duration(name, defaultValue);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    private static double ratio(Env env, String name, double defaultValue) {
        double value = env.decimal(name, defaultValue);
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be within 0 and 1, was " + value);
        }
        return value;
    }
}
