package io.orderstream.billing.domain;

import io.orderstream.platform.codes.FieldCode;
import io.orderstream.platform.limits.OrderLimits;
import io.orderstream.platform.limits.TextChecks;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Collects the violations of a customer's or an invoice's fields, each field once at most: missing ones, control
 * characters, ids not of the platform's id shape, names too long, currencies that are no ISO-4217 code.
 */
final class FieldRules {

    private final List<FieldViolation> violations = new ArrayList<>();

    /** An id the client may leave out (one is generated); when given, of the id shape. */
    FieldRules optionalId(String value, String field, FieldCode invalid) {
        return value == null ? this : idShape(value, field, invalid);
    }

    FieldRules id(String value, String field, FieldCode invalid) {
        return required(value, field) ? idShape(value, field, invalid) : this;
    }

    private FieldRules idShape(String value, String field, FieldCode invalid) {
        if (!hasControlCharacter(value, field) && !TextChecks.isId(value)) {
            add(field, invalid, "An id has 1 to " + OrderLimits.MAX_ID_LENGTH + " letters, digits, '.', '_', ':' or '-'.");
        }
        return this;
    }

    FieldRules name(String value, String field) {
        if (required(value, field) && !hasControlCharacter(value, field)
                && value.length() > OrderLimits.MAX_NAME_LENGTH) {
            add(field, FieldCode.NAME_INVALID, "At most " + OrderLimits.MAX_NAME_LENGTH + " characters.");
        }
        return this;
    }

    FieldRules currency(String value, String field) {
        if (required(value, field) && !isIso4217(value)) {
            add(field, FieldCode.INVALID_CURRENCY, "The currency is an ISO-4217 code such as EUR.");
        }
        return this;
    }

    /** Present; when it is not, reported {@code required}. */
    boolean required(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(field, FieldCode.REQUIRED, "This field is required.");
            return false;
        }
        return true;
    }

    void add(String field, FieldCode code, String message) {
        violations.add(new FieldViolation(field, code, message));
    }

    List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    private boolean hasControlCharacter(String value, String field) {
        if (TextChecks.hasControlCharacter(value)) {
            add(field, FieldCode.CONTROL_CHARACTER, "Control characters (such as NUL or line breaks) are not allowed.");
            return true;
        }
        return false;
    }

    /** A currency of ISO 4217 with minor units (not gold, not a test code): EUR, USD, JPY. */
    static boolean isIso4217(String code) {
        return Currency.getAvailableCurrencies().stream()
                .anyMatch(currency -> currency.getCurrencyCode().equals(code) && currency.getDefaultFractionDigits() >= 0);
    }
}
