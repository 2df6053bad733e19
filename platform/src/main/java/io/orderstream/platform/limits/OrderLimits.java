package io.orderstream.platform.limits;

/**
 * The bounds of every field an order is made of, and of the order as a whole, shared by the API (which refuses
 * what exceeds them) and the order-processor (which does not trust the API). They are chosen so that no order
 * snapshot, event or command ever comes near Kafka's record limit (1 MiB) or what PostgreSQL takes.
 * Lengths count UTF-16 code units (Java's {@code String.length()}).
 */
public final class OrderLimits {

    public static final int MAX_PAYMENTS_PER_ORDER = 100;
    public static final int MAX_SHIPMENTS_PER_ORDER = 100;
    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_LINES = 100;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_SKU_LENGTH = 64;
    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_PAYMENT_METHOD_LENGTH = 64;

    private OrderLimits() {
    }
}
