package io.orderstream.billing.payment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Times every call to the provider: {@code orderstream.payments.provider.calls} tagged {@code operation}
 * ({@code charge}, {@code lookup}) and {@code outcome} ({@code captured}, {@code declined}, {@code rejected},
 * {@code unanswered}, {@code malformed}; {@code found}, {@code notfound}, {@code unreadable}).
 */
public final class TimedPaymentProvider implements PaymentProvider {

    static final String NAME = "orderstream.payments.provider.calls";

    private final PaymentProvider provider;
    private final MeterRegistry registry;

    public TimedPaymentProvider(PaymentProvider provider, MeterRegistry registry) {
        this.provider = provider;
        this.registry = registry;
    }

    @Override
    public ChargeOutcome charge(ChargeCall call) throws InterruptedException {
        long start = System.nanoTime();
        ChargeOutcome outcome = provider.charge(call);
        record("charge", outcome, start);
        return outcome;
    }

    @Override
    public LedgerLookup lookUp(ChargeCall call) throws InterruptedException {
        long start = System.nanoTime();
        LedgerLookup lookup = provider.lookUp(call);
        record("lookup", lookup, start);
        return lookup;
    }

    private void record(String operation, Object outcome, long start) {
        Timer.builder(NAME)
                .description("Calls to the payment provider")
                .tag("operation", operation)
                .tag("outcome", outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT))
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - start));
    }
}
