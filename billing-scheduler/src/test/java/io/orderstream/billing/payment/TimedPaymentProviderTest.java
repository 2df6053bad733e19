package io.orderstream.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class TimedPaymentProviderTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ScriptedProvider scripted = new ScriptedProvider();
    private final TimedPaymentProvider provider = new TimedPaymentProvider(scripted, registry);
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

    private long count(String operation, String outcome) {
        return registry.get(TimedPaymentProvider.NAME).tag("operation", operation).tag("outcome", outcome)
                .timer().count();
    }
}
