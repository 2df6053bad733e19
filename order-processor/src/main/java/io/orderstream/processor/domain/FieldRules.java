package io.orderstream.processor.domain;

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

    static void requireText(String field, String text, int max, String code, List<FieldError> errors) {
        if (!isValidRequired(text, max)) {
            errors.add(new FieldError(field, code, "The value is required, has at most " + max
                    + " characters and no control characters."));
        }
    }

    static void optionalText(String field, String text, int max, String code, List<FieldError> errors) {
        if (!isValidOptional(text, max)) {
            errors.add(new FieldError(field, code, "The value has at most " + max
                    + " characters and no control characters."));
        }
    }
}
