package io.orderstream.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What tells two requests with the same Idempotency-Key apart: a SHA-256 of the operation and of the
 * request as parsed, so whitespace and field order do not matter, but every value does.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(String operation, Object request) {
        MessageDigest sha256 = sha256();
        sha256.update(operation.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(Json.write(request));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
