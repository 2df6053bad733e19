package io.orderstream.orderapi.merchant;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class Countries {

    private static final Set<String> ALPHA_2 = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /** Whether the text is an assigned alpha-2 code, in capitals ({@code DE}, not {@code de} or {@code XX}). */
    public static boolean isAlpha2(String code) {
        return code != null && ALPHA_2.contains(code);
    }
}
