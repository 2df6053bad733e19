package io.orderstream.platform.codes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every code of one invalid field ({@code errors[].code} of {@code validation_failed} and {@code invalid_query}),
 * declared once: order-api and the order-processor answer the same code for the same rule. Plain Java, so the
 * domain may use it.
 */
public enum FieldCode {
    /** A field that must be present is missing. */
    REQUIRED,
    /** Any text holding a control character (U+0000–U+001F, U+007F–U+009F), whatever its field. */
    CONTROL_CHARACTER,
    /** A number beyond its type (int32, int64). */
    OUT_OF_RANGE,
    EMAIL_INVALID,
    CURRENCY_UNSUPPORTED,
    LINES_COUNT_OUT_OF_RANGE,
    SKU_BLANK,
    SKU_TOO_LONG,
    SKU_DUPLICATE,
    NAME_INVALID,
    QUANTITY_OUT_OF_RANGE,
    UNIT_PRICE_NOT_POSITIVE,
    TOTAL_EXCEEDS_MAXIMUM,
    PAYMENT_METHOD_TOO_LONG,
    PAYMENT_ID_INVALID,
    REASON_TOO_LONG,
    COMMAND_ID_INVALID,
    ORDER_ID_INVALID,
    SHIPMENT_ID_INVALID,
    SHIPMENTS_COUNT_OUT_OF_RANGE,
    CHARGE_ID_INVALID,
    CODE_INVALID,
    STATUS_INVALID,
    LIMIT_INVALID,
    CURSOR_INVALID,
    /** billing-scheduler: a customer id (in a body or a query) that is not 1 to 64 id characters. */
    CUSTOMER_ID_INVALID,
    INVOICE_ID_INVALID,
    PROVIDER_CUSTOMER_ID_INVALID,
    /** billing-scheduler: a currency that is no ISO-4217 code. */
    INVALID_CURRENCY,
    /** billing-scheduler: an amount of zero or less. */
    NOT_POSITIVE,
    /** billing-scheduler: a period that is not {@code YYYY-MM} (a month 01..12 of a year from 2000). */
    PERIOD_INVALID,
    /** order-api, merchants: a country that is no ISO 3166-1 alpha-2 code. */
    COUNTRY_INVALID,
    /** order-api, merchants: an IBAN of the wrong shape or with wrong check digits (mod 97). */
    IBAN_INVALID,
    /** order-api, merchants: a fee outside 0..10,000 basis points. */
    FEE_OUT_OF_RANGE,
    /** order-api, merchants: a text beyond its bound. */
    TEXT_TOO_LONG,
    /** order-api: {@code INVOICE} terms without a merchant key, or with {@code payNow}. */
    PAYMENT_TERMS_INVALID,
    /** A shipment notice's invoice number: 1 to {@code MAX_INVOICE_NUMBER_LENGTH} characters, not blank. */
    INVOICE_NUMBER_INVALID,
    /** A shipment notice's tracking code: 1 to {@code MAX_TRACKING_CODE_LENGTH} characters, not blank. */
    TRACKING_CODE_INVALID;

    /** The code on the wire, such as {@code sku_too_long}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The catalogue's member of this wire code, if it is one. */
    public static Optional<FieldCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }
}
