package io.orderstream.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.platform.time.ManualTimeSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimedPaymentProviderTest {

    private static final Duration CALL_TIME = Duration.ofMillis(340);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ScriptedProvider scripted = new ScriptedProvider();
    private final ManualTimeSource time = new ManualTimeSource();
    private final TimedPaymentProvider provider = new TimedPaymentProvider(slow(scripted), registry, time);
    private final ChargeCall call = new ChargeCall("k", "cust-1", 1, "EUR", "order-1");

    @Test
    void timesChargesByOutcome() throws Exception {
        scripted.answering(new ChargeOutcome.Captured("ch_1"), new ChargeOutcome.Unanswered("timeout", "t"),
                new ChargeOutcome.Captured("ch_1"));

        assertThat(provider.charge(call)).isEqualTo(new ChargeOutcome.Captured("ch_1"));
        provider.charge(call);
        provider.charge(call);

        assertThat(count("charge", "captured")).isEqualTo(2);
        assertThat(count("charge", "unanswered")).isEqualTo(1);
    }

    @Test
    void timesLedgerLookups() throws Exception {
        scripted.withLedger(new LedgerLookup.NotFound());

        provider.lookUp(call);

        assertThat(count("lookup", "notfound")).isEqualTo(1);
    }

    @Test
    void timesACallFromItsStartToItsAnswer() throws Exception {
        scripted.answering(new ChargeOutcome.Captured("ch_1"));

        provider.charge(call);

        assertThat(registry.get(TimedPaymentProvider.NAME).tag("outcome", "captured").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(CALL_TIME.toMillis());
    }

    /** Every call takes CALL_TIME on the manual time. */
    private PaymentProvider slow(PaymentProvider answering) {
        return new PaymentProvider() {
            @Override
            public ChargeOutcome charge(ChargeCall call) throws InterruptedException {
                time.advance(CALL_TIME);
                return answering.charge(call);
            }

            @Override
            public LedgerLookup lookUp(ChargeCall call) throws InterruptedException {
                time.advance(CALL_TIME);
                return answering.lookUp(call);
            }
        };
    }

    private long count(String operation, String outcome) {
        return registry.get(TimedPaymentProvider.NAME).tag("operation", operation).tag("outcome", outcome)
                .timer().count();
    }
}
