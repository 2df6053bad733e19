package io.orderstream.orderapi.merchant;

import io.helidon.webserver.http.ServerRequest;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.http.ProblemException;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The operator's token, {@code ORDERSTREAM_ADMIN_TOKEN}, sent as a bearer token on the merchant admin endpoints.
 * Compared in constant time (as SHA-256 digests, so not even its length leaks); when none is configured, no request
 * is the operator's.
 */
public final class AdminToken {

    public static final String VARIABLE = "ORDERSTREAM_ADMIN_TOKEN";

    private final Optional<byte[]> digest;

    AdminToken(Optional<String> token) {
        this.digest = token.filter(t -> !t.isBlank()).map(ApiKeys::sha256);
    }

    public static AdminToken from(Env env) {
        return new AdminToken(env.optional(VARIABLE));
    }

    public static AdminToken of(String token) {
        return new AdminToken(Optional.ofNullable(token));
    }

    /** Whether the request carries the operator's token. */
    public boolean isAdmin(ServerRequest request) {
        return BearerToken.of(request).map(this::matches).orElse(false);
    }

    boolean matches(String token) {
        return digest.map(expected -> MessageDigest.isEqual(expected, ApiKeys.sha256(token))).orElse(false);
    }

    /** @throws ProblemException 401 {@code admin_token_required} unless the request carries the operator's token */
    public void require(ServerRequest request) {
        if (!isAdmin(request)) {
            throw new ProblemException(MerchantProblems.adminTokenRequired());
        }
    }
}
