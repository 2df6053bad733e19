package io.orderstream.dlq.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code --code}: which failures a code names. A record matches, ignoring case, when the code is
 * <ul>
 *   <li>the simple name of its exception class ({@code SerializationException}) or the full name, or</li>
 *   <li>a whole word of its exception message, words being runs of letters, digits, {@code _}, {@code -} and
 *       {@code .}: {@code payment_declined} matches "charge failed: payment_declined (card 4242)" and
 *       "code=payment_declined", but {@code declined} matches neither.</li>
 * </ul>
 */
public record CodeFilter(String code) {

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_.\\-]+");

    public CodeFilter {
        code = code.strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("a code must not be blank");
        }
    }

    public boolean matches(FailureHeaders failure) {
        return failure.exceptionClass().map(this::namesClass).orElse(false)
                || failure.message().map(this::isWordOf).orElse(false);
    }

    private boolean namesClass(String className) {
        return code.equalsIgnoreCase(className.strip()) || code.equalsIgnoreCase(FailureHeaders.simpleName(className));
    }

    private boolean isWordOf(String message) {
        String wanted = code.toLowerCase(Locale.ROOT);
        return Arrays.stream(WORD_SEPARATORS.split(message.toLowerCase(Locale.ROOT)))
                .anyMatch(word -> word.equals(wanted) || stripSentencePunctuation(word).equals(wanted));
    }

    /** "declined." at the end of a sentence is the word "declined". */
    private static String stripSentencePunctuation(String word) {
        return word.replaceAll("^[.\\-]+|[.\\-]+$", "");
    }
}
