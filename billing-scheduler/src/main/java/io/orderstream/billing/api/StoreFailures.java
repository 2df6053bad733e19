package io.orderstream.billing.api;

import io.helidon.webserver.http.HttpRouting;
import io.orderstream.platform.http.ProblemResponses;
import java.lang.System.Logger.Level;
import java.sql.SQLException;

/** A database that fails a request is the server's trouble, not the client's: {@code 503 service_unavailable}. */
public final class StoreFailures {

    private static final System.Logger LOG = System.getLogger(StoreFailures.class.getName());

    private StoreFailures() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(SQLException.class, (request, response, e) -> {
            LOG.log(Level.ERROR, "database failure on " + request.prologue().method() + " " + request.path().path(), e);
            ProblemResponses.send(response, BillingProblems.unavailable());
        });
    }
}
