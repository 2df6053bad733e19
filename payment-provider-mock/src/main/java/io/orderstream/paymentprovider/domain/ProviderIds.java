package io.orderstream.paymentprovider.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Ids shaped like Stripe's: a prefix ({@code ch_}, {@code po_}, {@code re_}) and 24 hex digits, unique across restarts.
 * <p>
 * The 24 digits are a 96-bit number: 32 random bits fixed per id source and a 64-bit counter that starts at a random
 * value and counts up by one per id. Both come from one {@link SecureRandom} draw when the source is made, so an id
 * costs an atomic increment and no entropy (a {@code UUID.randomUUID()} per id read /dev/urandom behind a lock). Within
 * a process the counter never repeats (2^64 ids); two processes (a restart) collide only if their random 96-bit
 * starting points fall within a run of ids of each other.
 */
public final class ProviderIds {

    private static final SecureRandom SEEDS = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private ProviderIds() {
    }

    public static Supplier<String> random(String prefix) {
        String head = prefix + HEX.toHexDigits(SEEDS.nextInt());
        AtomicLong counter = new AtomicLong(SEEDS.nextLong());
        return () -> head + HEX.toHexDigits(counter.getAndIncrement());
    }
}
