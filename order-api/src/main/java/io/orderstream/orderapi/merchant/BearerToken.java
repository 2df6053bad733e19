package io.orderstream.orderapi.merchant;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Locale;
import java.util.Optional;

/** The {@code Authorization} header of a request, and the token of its {@code Bearer} scheme. */
public final class BearerToken {

    private static final String SCHEME = "bearer ";

    private BearerToken() {
    }

    /** Whether the request has an Authorization header at all (even an empty or unreadable one). */
    public static boolean present(ServerRequest request) {
        return request.headers().contains(HeaderNames.AUTHORIZATION);
    }

    /** The token of {@code Authorization: Bearer <token>}; empty for no header, another scheme or no token. */
    public static Optional<String> of(ServerRequest request) {
        return request.headers().first(HeaderNames.AUTHORIZATION).flatMap(BearerToken::parse);
    }

    static Optional<String> parse(String header) {
        if (header.length() <= SCHEME.length()
                || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
