package io.orderstream.orderapi.api;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.orderstream.platform.http.ProblemException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The optional {@code Idempotency-Key} header: 1 to 255 visible ASCII characters. */
final class IdempotencyKeyHeader {

    static final HeaderName NAME = HeaderNames.create("Idempotency-Key");
    static final int MAX_LENGTH = 255;
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    private IdempotencyKeyHeader() {
    }

    static Optional<String> of(ServerRequest request) {
        Optional<String> key = request.headers().first(NAME);
        if (key.isPresent() && !VALID.matcher(key.get()).matches()) {
            throw new ProblemException(OrderProblems.invalidIdempotencyKey(MAX_LENGTH));
        }
        return key;
    }
}
