package io.orderstream.platform.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.platform.config.Env;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoopSettingsTest {

    @Test
    void namesItsTransactionalIdAfterTheServiceAndTheInstance() {
        LoopSettings settings = LoopSettings.defaults("fulfillment-mock", "2", "fulfillment.requests");

        assertThat(settings.transactionalId()).isEqualTo("fulfillment-mock-2");
    }

    @Test
    void rejectsTransactionsOfNoRecords() {
        LoopSettings settings = LoopSettings.defaults("fulfillment-mock", "2", "fulfillment.requests");

        assertThatThrownBy(() -> settings.withMaxRecordsPerTransaction(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRecordsPerTransaction");
    }

    @Test
    void handlesOneRecordAtATimeWithoutRetryTiersByDefault() {
        LoopSettings settings = LoopSettings.defaults("fulfillment-mock", "2", "fulfillment.requests");

        assertThat(settings.concurrency()).isEqualTo(1);
        assertThat(settings.retryTiers()).isEqualTo(RetryTiers.none());
    }

    @Test
    void rejectsAConcurrencyBelowOne() {
        LoopSettings settings = LoopSettings.defaults("billing-scheduler", "0", "payments.requests");

        assertThatThrownBy(() -> settings.withConcurrency(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concurrency");
    }

    @Test
    void commitsAtMostEvery20MillisecondsWithAThousandRecordsInFlightByDefault() {
        LoopSettings settings = LoopSettings.defaults("billing-scheduler", "0", "payments.requests");

        assertThat(settings.commitInterval()).isEqualTo(Duration.ofMillis(20));
        assertThat(settings.maxInFlight()).isEqualTo(1000);
    }

    @Test
    void readsTheCommitIntervalFromTheEnvironment() {
        assertThat(LoopSettings.commitInterval(new Env(Map.of("LOOP_COMMIT_INTERVAL", "PT0.05S"))))
                .isEqualTo(Duration.ofMillis(50));
        assertThat(LoopSettings.commitInterval(new Env(Map.of()))).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void rejectsLessThanOneRecordInFlight() {
        LoopSettings settings = LoopSettings.defaults("billing-scheduler", "0", "payments.requests");

        assertThatThrownBy(() -> settings.withMaxInFlight(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInFlight");
    }
}
