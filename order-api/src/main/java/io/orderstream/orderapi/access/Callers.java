package io.orderstream.orderapi.access;

import io.helidon.webserver.http.ServerRequest;
import java.sql.SQLException;

/** Tells who sends a request, from its {@code Authorization: Bearer} header. */
@FunctionalInterface
public interface Callers {

    /**
     * @return the shop for a request without an Authorization header
     * @throws io.orderstream.platform.http.ProblemException 401 for a key that is wrong or revoked
     */
    Caller identify(ServerRequest request) throws SQLException;

    /** Every request is the shop's: until merchant keys are looked up. */
    static Callers shopOnly() {
        return request -> Caller.SHOP;
    }
}
