package io.orderstream.localstack.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which way the benchmark's orders go to {@code CLOSED}. */
public enum OrderPath {
    /** {@code POST /orders}, then three {@code POST /orders/{id}/payments} until paid. */
    INSTALLMENTS,
    /** One {@code POST /orders} with {@code payNow}: the payment worker charges the gateway. */
    PAY,
    /** Every other order each way. */
    MIX;

    /** Whether the order with this sequence number is created and paid in one go. */
    public boolean payNow(long sequence) {
        return switch (this) {
            case INSTALLMENTS -> false;
            case PAY -> true;
            case MIX -> sequence % 2 == 1;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderPath parse(String text) {
        return Arrays.stream(values()).filter(path -> path.label().equals(text.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--path must be one of "
                        + Arrays.stream(values()).map(OrderPath::label).collect(Collectors.joining(", ")) + ": " + text));
    }
}
