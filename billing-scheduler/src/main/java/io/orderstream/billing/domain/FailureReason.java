package io.orderstream.billing.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a charge of an invoice failed; {@link #code()} is what is stored, shown and counted. */
public enum FailureReason {
    INSUFFICIENT_FUNDS,
    CUSTOMER_NOT_FOUND,
    CURRENCY_MISMATCH,
    NETWORK_ERROR,
    SYSTEM_ERROR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FailureReason> ofCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code().equals(code)).findFirst();
    }
}
