package io.orderstream.fulfillment.warehouse;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The random source of one request's decisions: a pure function of the warehouse's seed and the request id, so a
 * request sent again is answered exactly as before, by any instance.
 */
final class DecisionRandom {

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private DecisionRandom() {
    }

    static SplittableRandom forRequest(long seed, String requestId) {
        return new SplittableRandom(seed * GOLDEN_GAMMA + fnv1a64(requestId));
    }

    /** 64 bits rather than String.hashCode's 32, so that distinct request ids rarely share a random sequence. */
    private static long fnv1a64(String text) {
        long hash = FNV_OFFSET_BASIS;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        return hash;
    }
}
