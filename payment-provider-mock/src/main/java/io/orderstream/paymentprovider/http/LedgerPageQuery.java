package io.orderstream.paymentprovider.http;

import io.helidon.webserver.http.ServerRequest;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.ProblemException;
import java.util.Optional;

/** {@code from} and {@code limit} of {@code GET /v1/ledger/charges}: whole numbers in range, else {@code 400 invalid_query}. */
final class LedgerPageQuery {

    static final int DEFAULT_LIMIT = 1_000;
    static final int MAX_LIMIT = 10_000;

    private LedgerPageQuery() {
    }

    static int integer(ServerRequest request, String name, int absent, int min, int max) {
        Optional<String> value = request.query().first(name).asOptional();
        if (value.isEmpty()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.get().strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(Problem.badRequest("invalid_query",
                "Query parameter '" + name + "' must be a whole number from " + min + " to " + max + "."));
    }
}
