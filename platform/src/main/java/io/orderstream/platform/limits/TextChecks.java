package io.orderstream.platform.limits;

import java.util.regex.Pattern;

/** The checks every text an order carries must pass, beside its length: no control characters, ids of a known shape. */
public final class TextChecks {

    private static final Pattern ID = Pattern.compile(OrderLimits.ID_CHARACTERS + "{1," + OrderLimits.MAX_ID_LENGTH + "}");

    private TextChecks() {
    }

    /**
     * Whether the text holds a control character (Unicode category Cc, NUL included) or a surrogate without its
     * pair: neither belongs in a name, an e-mail or a reason, PostgreSQL refuses NUL and UTF-8 cannot carry a
     * lone surrogate.
     */
    public static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl) || hasLoneSurrogate(text);
    }

    /** Whether the text holds a surrogate without its pair: no Unicode text, and UTF-8 cannot carry it. */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text is an id: 1 to {@link OrderLimits#MAX_ID_LENGTH} of {@link OrderLimits#ID_CHARACTERS}. */
    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }
}
