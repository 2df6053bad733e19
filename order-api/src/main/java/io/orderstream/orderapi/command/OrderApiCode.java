package io.orderstream.orderapi.command;

import io.orderstream.platform.codes.RejectionCode;
import io.orderstream.platform.http.ProblemKind;
import io.orderstream.platform.http.ProblemCode;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The codes order-api answers of its own. With the platform's ({@link ProblemCode}) and the order-processor's refusals
 * a client can get ({@link RejectionCode} with a status) they are every code a client can get: the README's error
 * table, which a test keeps equal to {@link #catalogue()}. Each is declared once, with its status and title.
 */
public enum OrderApiCode implements ProblemKind {
    INVALID_IDEMPOTENCY_KEY(400, "Bad request"),
    /** A shipment notice comes from the merchant that ships: the shop (no key) cannot send one. */
    MERCHANT_KEY_REQUIRED(401, "Merchant key required"),
    COMMAND_NOT_FOUND(404, "Command not found"),
    IDEMPOTENCY_KEY_IN_USE(409, "Idempotency key in use"),
    /** An invoice number another shipment of the same merchant has: numbers are unique per merchant. */
    INVOICE_NUMBER_TAKEN(409, "Invoice number taken"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    /** An Authorization header that holds no merchant's current API key. */
    INVALID_API_KEY(401, "Invalid API key"),
    /** A merchant admin endpoint without the operator's token (also when none is configured). */
    ADMIN_TOKEN_REQUIRED(401, "Admin token required"),
    /** No such merchant, or another merchant's. */
    MERCHANT_NOT_FOUND(404, "Merchant not found");

    private final int status;
    private final String title;

    OrderApiCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    /** Every code a client of order-api can get, with its status. */
    public static Map<String, Integer> catalogue() {
        Map<String, Integer> codes = new TreeMap<>();
        Stream.of(
                Arrays.stream(ProblemCode.values()).map(code -> Map.entry(code.code(), code.status())),
                Arrays.stream(RejectionCode.values()).filter(code -> code.status().isPresent())
                        .map(code -> Map.entry(code.code(), code.status().getAsInt())),
                Arrays.stream(values()).map(code -> Map.entry(code.code(), code.status())))
                .flatMap(entries -> entries)
                .forEach(entry -> codes.merge(entry.getKey(), entry.getValue(), OrderApiCode::sameStatus));
        return codes;
    }

    private static Integer sameStatus(Integer one, Integer other) {
        if (!one.equals(other)) {
            throw new IllegalStateException("A code is declared with two statuses: " + one + " and " + other);
        }
        return one;
    }
}
