package io.orderstream.billing.payment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.orderstream.platform.time.TimeSource;
import java.util.Locale;

/**
 * Times every call to the provider: {@code orderstream.payments.provider.calls} tagged {@code operation}
 * ({@code charge}, {@code payout}, {@code refund}, {@code lookup}) and {@code outcome} ({@code captured}, {@code declined}, {@code rejected},
 * {@code unanswered}, {@code malformed}; {@code found}, {@code notfound}, {@code unreadable}).
 */
public final class TimedPaymentProvider implements PaymentProvider {

    static final String NAME = "orderstream.payments.provider.calls";

    private final PaymentProvider provider;
    private final MeterRegistry registry;
    private final TimeSource time;

    public TimedPaymentProvider(PaymentProvider provider, MeterRegistry registry, TimeSource time) {
        this.provider = provider;
        this.registry = registry;
        this.time = time;
    }

    @Override
    public ChargeOutcome charge(ChargeCall call) throws InterruptedException {
        long start = time.nanoTime();
        ChargeOutcome outcome = provider.charge(call);
        record(call.kind().name().toLowerCase(Locale.ROOT), outcome, start);
        return outcome;
    }

    @Override
    public LedgerLookup lookUp(ChargeCall call) throws InterruptedException {
        long start = time.nanoTime();
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
                .record(time.since(start));
    }
}
