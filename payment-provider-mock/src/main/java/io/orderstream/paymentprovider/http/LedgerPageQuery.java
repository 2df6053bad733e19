package io.orderstream.paymentprovider.http;

import io.helidon.webserver.http.ServerRequest;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.ProblemException;
import java.util.Optional;

/**
 * The query parameters of the ledger's reads: {@code from} and {@code limit} of {@code GET /v1/ledger/charges} (and
 * payouts, refunds), whole numbers in range, else {@code 400 invalid_query}; {@code reference} of
 * {@code GET /v1/charges} (and payouts, refunds), else {@code 400 missing_reference}.
 */
final class LedgerPageQuery {

    static final int DEFAULT_LIMIT = 1_000;
    static final int MAX_LIMIT = 10_000;

    private LedgerPageQuery() {
    }

    /** Which part of a ledger a page read asks for. */
    record Window(int from, int limit) {
    }

    static String reference(ServerRequest request) {
        return request.query().first("reference")
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new ProblemException(
                        Problem.badRequest("missing_reference", "Query parameter 'reference' is required.")));
    }

    /** A page's {@code from} (default 0) and {@code limit} (default 1,000, at most 10,000). */
    static Window page(ServerRequest request) {
        return new Window(integer(request, "from", 0, 0, Integer.MAX_VALUE),
                integer(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
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
