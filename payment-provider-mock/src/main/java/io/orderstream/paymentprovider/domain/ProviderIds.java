package io.orderstream.paymentprovider.domain;

import java.util.UUID;
import java.util.function.Supplier;

/** Ids shaped like Stripe's: a prefix ({@code ch_}, {@code po_}, {@code re_}) and 24 hex digits, unique across restarts. */
public final class ProviderIds {

    private ProviderIds() {
    }

    public static Supplier<String> random(String prefix) {
        return () -> prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
