package io.orderstream.platform.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/** The optional {@code Idempotency-Key} header of a POST: 1 to 255 visible ASCII characters. */
public final class IdempotencyKeyHeader {

    public static final HeaderName NAME = HeaderNames.create("Idempotency-Key");
    public static final int MAX_LENGTH = 255;
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    private IdempotencyKeyHeader() {
    }

    /** The key, if sent; another text is answered with the service's {@code invalid} code (a 400). */
    public static Optional<String> of(ServerRequest request, ProblemKind invalid) {
        Optional<String> key = request.headers().first(NAME);
        if (key.isPresent() && !VALID.matcher(key.get()).matches()) {
            throw new ProblemException(invalid.problem(
                    "The Idempotency-Key header must have 1 to " + MAX_LENGTH + " visible ASCII characters."));
        }
        return key;
    }
}
