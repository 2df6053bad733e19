package io.orderstream.processor.domain;

import static io.orderstream.platform.limits.OrderLimits.MAX_SKU_LENGTH;

import io.orderstream.platform.codes.FieldCode;
import io.orderstream.processor.domain.Decision.FieldError;
import java.util.List;

/**
 * The rules every text of a command obeys: a bounded length and no control characters (NUL included), which
 * PostgreSQL, logs and clients would choke on. Checked before anything else looks at the text.
 */
final class FieldRules {

    private FieldRules() {
    }

    /** True for C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F). */
    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /** A text that is present, not blank, at most {@code max} long and free of control characters. */
    static boolean isValidRequired(String text, int max) {
        return text != null && !text.isBlank() && isValidOptional(text, max);
    }

    /** Absent, or at most {@code max} long and free of control characters. */
    static boolean isValidOptional(String text, int max) {
        return text == null || (text.length() <= max && !hasControlCharacters(text));
    }

    /**
     * The code of a text that breaks its rule: {@code control_character} when it holds one, whatever its field (as
     * order-api answers), or else the field's own code.
     */
    static FieldCode textCode(String text, FieldCode code) {
        return text != null && hasControlCharacters(text) ? FieldCode.CONTROL_CHARACTER : code;
    }

    static void requireText(String field, String text, int max, FieldCode code, List<FieldError> errors) {
        if (!isValidRequired(text, max)) {
            errors.add(new FieldError(field, textCode(text, code), "The value is required, has at most " + max
                    + " characters and no control characters."));
        }
    }

    static void optionalText(String field, String text, int max, FieldCode code, List<FieldError> errors) {
        if (!isValidOptional(text, max)) {
            errors.add(new FieldError(field, textCode(text, code), "The value has at most " + max
                    + " characters and no control characters."));
        }
    }

    /** A SKU, on a client's line or in a warehouse's shipment alike: not blank, bounded, no control characters. */
    static void checkSku(String field, String sku, List<FieldError> errors) {
        if (sku == null || sku.isBlank()) {
            errors.add(new FieldError(field, FieldCode.SKU_BLANK, "The SKU must not be blank."));
        } else if (sku.length() > MAX_SKU_LENGTH) {
            errors.add(new FieldError(field, FieldCode.SKU_TOO_LONG, "The SKU has at most " + MAX_SKU_LENGTH
                    + " characters."));
        } else if (hasControlCharacters(sku)) {
            errors.add(new FieldError(field, FieldCode.CONTROL_CHARACTER,
                    "Control characters (such as NUL or line breaks) are not allowed."));
        }
    }
}
