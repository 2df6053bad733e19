package io.orderstream.paymentprovider.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** Gateways for tests: no latency, a fixed clock, charge ids ch_1, ch_2, … */
public final class TestGateways {

    public static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    public static final long SEED = 42;

    private TestGateways() {
    }

    public static Gateway withFaults(NetworkFaults faults, double declineRatio) {
        var chargeNumbers = new AtomicInteger();
        var decider = new ChargeDecider(new Customers(), new DeclinePolicy(declineRatio, SEED),
                Clock.fixed(NOW, ZoneOffset.UTC), () -> "ch_" + chargeNumbers.incrementAndGet());
        return new Gateway(new Latency(Duration.ZERO, Duration.ZERO, new Random(SEED), duration -> { }),
                faults, decider, new ChargeBook());
    }

    public static Gateway neverDeclining(NetworkFaults faults) {
        return withFaults(faults, 0);
    }

    public static ChargeRequest request(String customerId, long amount, String currency, String reference) {
        return new ChargeRequest(customerId, amount, currency, reference);
    }

    public static ChargeRequest request(String reference) {
        return request("cust-1", 1250, "EUR", reference);
    }
}
