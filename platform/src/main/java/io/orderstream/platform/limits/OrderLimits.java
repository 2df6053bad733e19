package io.orderstream.platform.limits;

/**
 * The bounds of an order and of every field a client sends for one: the same numbers for order-api (which
 * refuses a request beyond them before sending its command) and order-processor (which refuses the command).
 * Chosen so that the largest order (every list full, every text at its maximum, four bytes a character)
 * stays far below Kafka's 1 MiB {@code max.request.size} for its snapshot, and every text fits PostgreSQL.
 * Lengths count UTF-16 chars, as {@link String#length()} does.
 */
public final class OrderLimits {

    /** Longest id: order ids and command ids in paths, payment ids, Idempotency-Key excluded (its own rule). */
    public static final int MAX_ID_LENGTH = 64;
    /** The characters of an id: letters, digits and {@code . _ : -}; UUIDs and ids such as {@code p-1} fit. */
    public static final String ID_CHARACTERS = "[A-Za-z0-9._:-]";
    /** Most lines an order has (and at least one). */
    public static final int MAX_LINES = 100;
    /** Longest line name. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Longest customer e-mail address (RFC 5321's path limit). */
    public static final int MAX_EMAIL_LENGTH = 254;
    /** Longest SKU. */
    public static final int MAX_SKU_LENGTH = 64;
    /** Longest cancel reason. */
    public static final int MAX_REASON_LENGTH = 500;
    /** Longest payment method of a create-and-pay, such as {@code pm_card_visa}. */
    public static final int MAX_PAYMENT_METHOD_LENGTH = 64;
    /** Most payments (installments) an order takes. */
    public static final int MAX_PAYMENTS_PER_ORDER = 100;
    /** Most shipments an order records. */
    public static final int MAX_SHIPMENTS_PER_ORDER = 100;
    /** Longest invoice number a merchant gives a shipment (a buyer invoice's number). */
    public static final int MAX_INVOICE_NUMBER_LENGTH = 64;
    /** Longest tracking code of a shipment. */
    public static final int MAX_TRACKING_CODE_LENGTH = 64;
    /** Longest currency code (ISO 4217 codes have three letters). */
    public static final int MAX_CURRENCY_LENGTH = 3;

    private OrderLimits() {
    }
}
