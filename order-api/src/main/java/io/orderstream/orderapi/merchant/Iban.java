package io.orderstream.orderapi.merchant;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/** International Bank Account Numbers (ISO 13616): their shape and their mod-97 check digits. */
public final class Iban {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** The IBAN as stored: without spaces, in capitals ({@code de89 3704 …} becomes {@code DE893704…}). */
    public static String normalized(String iban) {
        return iban.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the (normalized) text is an IBAN: a country code, two check digits and 11 to 30 letters or digits,
     * the whole, its first four characters moved to the end and letters read as 10..35, leaving 1 mod 97.
     */
    public static boolean isValid(String iban) {
        if (iban == null || !SHAPE.matcher(iban).matches() || !Countries.isAlpha2(iban.substring(0, 2))) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        var digits = new StringBuilder();
        rearranged.chars().forEach(c -> digits.append(Character.digit(c, 36)));
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
