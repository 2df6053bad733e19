package io.orderstream.paymentprovider.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.paymentprovider.domain.ChargeOutcome;
import io.orderstream.paymentprovider.domain.ChargeStatus;
import io.orderstream.paymentprovider.domain.GatewayReply;
import io.orderstream.paymentprovider.domain.NetworkFault;
import io.orderstream.paymentprovider.domain.Refusal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CallMetrics<ChargeOutcome> metrics =
            new CallMetrics<>(registry, CallMetrics.CHARGES, ChargeOutcomeNames::of);

    @Test
    void every_call_is_counted_under_its_outcome_and_whether_it_was_replayed() {
        metrics.count(answered(ChargeStatus.SUCCEEDED, false));
        metrics.count(answered(ChargeStatus.SUCCEEDED, false));
        metrics.count(answered(ChargeStatus.SUCCEEDED, true));
        metrics.count(answered(ChargeStatus.DECLINED, false));
        metrics.count(new GatewayReply.Answered<>(new ChargeOutcome.Refused(Refusal.CUSTOMER_NOT_FOUND), false));
        metrics.count(new GatewayReply.KeyReused<>());
        metrics.count(new GatewayReply.ConnectionDropped<>(NetworkFault.DROP_AFTER_CHARGE));

        assertThat(count("succeeded", false)).isEqualTo(2);
        assertThat(count("succeeded", true)).isEqualTo(1);
        assertThat(count("declined", false)).isEqualTo(1);
        assertThat(count("customer_not_found", false)).isEqualTo(1);
        assertThat(count("idempotency_key_reused", false)).isEqualTo(1);
        assertThat(count("drop_after_charge", false)).isEqualTo(1);
    }

    @Test
    void each_outcome_has_one_counter_however_many_calls_it_counts() {
        for (int i = 0; i < 1_000; i++) {
            metrics.count(answered(ChargeStatus.SUCCEEDED, i % 2 == 0));
            metrics.count(answered(ChargeStatus.DECLINED, false));
        }

        assertThat(registry.find(CallMetrics.CHARGES).counters()).hasSize(3);
        assertThat(count("succeeded", false) + count("succeeded", true)).isEqualTo(1_000);
        assertThat(count("declined", false)).isEqualTo(1_000);
    }

    private double count(String outcome, boolean replayed) {
        Counter counter = registry.find(CallMetrics.CHARGES)
                .tag("outcome", outcome)
                .tag("replayed", String.valueOf(replayed))
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static GatewayReply<ChargeOutcome> answered(ChargeStatus status, boolean replayed) {
        var charge = new Charge("ch_1", "key-1", "cust-1", 100, "EUR", "order-1", status, Instant.EPOCH);
        return new GatewayReply.Answered<>(new ChargeOutcome.Charged(charge), replayed);
    }
}
