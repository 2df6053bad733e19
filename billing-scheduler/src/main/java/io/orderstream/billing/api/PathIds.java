package io.orderstream.billing.api;

import io.helidon.webserver.http.ServerRequest;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.limits.TextChecks;
import java.util.function.Function;

/**
 * The {@code {id}} of a path. Customers and invoices have ids of the id shape only, so any other text names nothing:
 * a 404 at once, and the database never sees it.
 */
final class PathIds {

    private PathIds() {
    }

    static String customerId(ServerRequest request) {
        return id(request, BillingProblems::customerNotFound);
    }

    static String invoiceId(ServerRequest request) {
        return id(request, BillingProblems::invoiceNotFound);
    }

    private static String id(ServerRequest request, Function<String, Problem> notFound) {
        String id = request.path().pathParameters().get("id");
        if (!TextChecks.isId(id)) {
            throw new ProblemException(notFound.apply("with this id"));
        }
        return id;
    }
}
