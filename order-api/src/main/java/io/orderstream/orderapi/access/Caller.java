package io.orderstream.orderapi.access;

/**
 * Who sends a request: a merchant, by its API key, or the platform's own shop (a request without a key). Orders
 * belong to their caller: a merchant sees and changes only its own, the shop only those without a merchant.
 */
public sealed interface Caller {

    Caller SHOP = new Shop();

    /** The merchant's id; null for the platform's own shop. */
    String merchantId();

    /**
     * The Idempotency-Key as stored: a key is the caller's own, so the same key sent by two merchants names two
     * requests. The shop's keys are stored as sent (as before merchants existed).
     */
    default String scopedKey(String idempotencyKey) {
        return merchantId() == null ? idempotencyKey : "merchant/" + merchantId() + "/" + idempotencyKey;
    }

    /** The platform's own shop: every request without an Authorization header. */
    record Shop() implements Caller {
        @Override
        public String merchantId() {
            return null;
        }
    }

    /** A merchant, known by a valid API key; its fee is taken from each shipment of the orders it creates now. */
    record Merchant(String merchantId, int feeBasisPoints) implements Caller {
    }
}
