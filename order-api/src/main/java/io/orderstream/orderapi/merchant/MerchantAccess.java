package io.orderstream.orderapi.merchant;

import io.helidon.webserver.http.ServerRequest;
import io.orderstream.orderapi.access.Caller;
import io.orderstream.orderapi.access.Callers;
import io.orderstream.platform.http.ProblemException;
import java.sql.SQLException;

/**
 * Who may read a merchant: the operator, or the merchant itself by its API key. Another merchant's key finds no
 * merchant ({@code 404}), so ids leak nothing; no key at all, or a token that is no API key, needs the operator's.
 */
final class MerchantAccess {

    private final AdminToken admin;
    private final Callers callers;

    MerchantAccess(AdminToken admin, Callers callers) {
        this.admin = admin;
        this.callers = callers;
    }

    void requireAdminOrSelf(ServerRequest request, String merchantId) throws SQLException {
        if (admin.isAdmin(request)) {
            return;
        }
        boolean apiKey = BearerToken.of(request).filter(token -> token.startsWith(ApiKeys.PREFIX)).isPresent();
        if (!apiKey) {
            throw new ProblemException(MerchantProblems.adminTokenRequired());
        }
        Caller caller = callers.identify(request);
        if (!merchantId.equals(caller.merchantId())) {
            throw new ProblemException(MerchantProblems.merchantNotFound(merchantId));
        }
    }

    void requireAdmin(ServerRequest request) {
        admin.require(request);
    }
}
