package io.orderstream.orderapi.api;

import io.orderstream.platform.http.ProblemCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The codes order-api answers beside the platform's own ({@link ProblemCode}): its own and the order-processor's
 * refusals it passes on. Together they are the README's error table, and a test keeps the two equal.
 */
public enum OrderApiCode {
    INVALID_IDEMPOTENCY_KEY(400),
    PAYMENT_DECLINED(402),
    PAYMENT_FAILED(402),
    ORDER_NOT_FOUND(404),
    COMMAND_NOT_FOUND(404),
    PAYMENT_ID_CONFLICT(409),
    INVALID_STATE(409),
    IDEMPOTENCY_KEY_IN_USE(409),
    ORDER_LIMIT_REACHED(409),
    INVALID_AMOUNT(422),
    PAYMENT_EXCEEDS_BALANCE(422),
    IDEMPOTENCY_KEY_REUSED(422),
    COMMAND_FAILED(422);

    private final int status;

    OrderApiCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every code a client of order-api can get, with its status. */
    public static Map<String, Integer> catalogue() {
        Map<String, Integer> codes = new TreeMap<>();
        Stream.concat(
                Arrays.stream(ProblemCode.values()).map(code -> Map.entry(code.code(), code.status())),
                Arrays.stream(values()).map(code -> Map.entry(code.code(), code.status())))
                .forEach(entry -> codes.put(entry.getKey(), entry.getValue()));
        return codes;
    }
}
