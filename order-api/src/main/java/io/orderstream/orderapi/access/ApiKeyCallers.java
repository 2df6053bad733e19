package io.orderstream.orderapi.access;

import io.helidon.webserver.http.ServerRequest;
import io.orderstream.orderapi.merchant.ApiKeys;
import io.orderstream.orderapi.merchant.BearerToken;
import io.orderstream.orderapi.merchant.MerchantProblems;
import io.orderstream.orderapi.store.MerchantStore;
import io.orderstream.platform.http.ProblemException;
import java.sql.SQLException;

/**
 * Callers known by the merchants' API keys in the read model: no Authorization header is the platform's own shop,
 * {@code Bearer osk_…} of a merchant's current key is that merchant (with its fee as it is now), anything else
 * (another scheme, an empty, unknown or rotated key, the operator's token) is {@code 401 invalid_api_key}.
 */
public final class ApiKeyCallers implements Callers {

    private final MerchantStore merchants;

    public ApiKeyCallers(MerchantStore merchants) {
        this.merchants = merchants;
    }

    @Override
    public Caller identify(ServerRequest request) throws SQLException {
        if (!BearerToken.present(request)) {
            return Caller.SHOP;
        }
        String key = BearerToken.of(request).filter(token -> token.startsWith(ApiKeys.PREFIX))
                .orElseThrow(ApiKeyCallers::invalid);
        return merchants.callerByKeyHash(ApiKeys.hash(key)).orElseThrow(ApiKeyCallers::invalid);
    }

    private static ProblemException invalid() {
        return new ProblemException(MerchantProblems.invalidApiKey());
    }
}
