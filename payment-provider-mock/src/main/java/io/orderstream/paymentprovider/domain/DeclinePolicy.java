package io.orderstream.paymentprovider.domain;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Whether a charge is declined. The draw depends only on the seed and the idempotency key, so the
 * same key under the same seed always gets the same answer, whatever else ran before it.
 * Customers whose id starts with {@code decline-} are always declined, {@code approve-} never.
 */
public final class DeclinePolicy {

    static final String ALWAYS_DECLINED_PREFIX = "decline-";
    static final String NEVER_DECLINED_PREFIX = "approve-";

    private final double ratio;
    private final long seed;

    public DeclinePolicy(double ratio, long seed) {
        if (ratio < 0 || ratio > 1) {
            throw new IllegalArgumentException("decline ratio must be within 0..1, was " + ratio);
        }
        this.ratio = ratio;
        this.seed = seed;
    }

    public boolean declines(String idempotencyKey, String customerId) {
        if (customerId.startsWith(ALWAYS_DECLINED_PREFIX)) {
            return true;
        }
        if (customerId.startsWith(NEVER_DECLINED_PREFIX)) {
            return false;
        }
        return new SplittableRandom(seed ^ fnv1a64(idempotencyKey)).nextDouble() < ratio;
    }

    // String.hashCode has only 32 bits and collides for short keys; a 64-bit hash spreads keys over the seed space.
    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
