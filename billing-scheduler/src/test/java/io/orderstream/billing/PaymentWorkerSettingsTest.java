package io.orderstream.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.platform.config.Env;
import io.orderstream.platform.loop.RetryTiers;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentWorkerSettingsTest {

    @Test
    void callsTheLocalProviderWith256CallsInFlightAndBatchesOf500ByDefault() {
        PaymentWorkerSettings settings = PaymentWorkerSettings.from(new Env(Map.of()));

        assertThat(settings).isEqualTo(new PaymentWorkerSettings(URI.create("http://localhost:8084"),
                Duration.ofSeconds(5), 256, 500, 1024, Duration.ofMillis(20), RetryTiers.defaults(), "0"));
    }

    @Test
    void readsItsVariables() {
        PaymentWorkerSettings settings = PaymentWorkerSettings.from(new Env(Map.of(
                "PAYMENT_PROVIDER_URL", "https://pay.example:9000/api", "PAYMENT_PROVIDER_TIMEOUT", "1500",
                "PAYMENT_WORKER_CONCURRENCY", "8", "PAYMENT_WORKER_BATCH", "40", "PAYMENT_WORKER_IN_FLIGHT", "100",
                "LOOP_COMMIT_INTERVAL", "50", "RETRY_BACKOFFS", "PT2S", "INSTANCE_ID", "b")));

        assertThat(settings).isEqualTo(new PaymentWorkerSettings(URI.create("https://pay.example:9000/api"),
                Duration.ofMillis(1500), 8, 40, 100, Duration.ofMillis(50), new RetryTiers(List.of(Duration.ofSeconds(2))),
                "b"));
    }

    @Test
    void keepsFourTimesItsConcurrencyInFlightUnlessTold() {
        PaymentWorkerSettings settings = PaymentWorkerSettings.from(new Env(Map.of("PAYMENT_WORKER_CONCURRENCY", "2000")));

        assertThat(settings.maxInFlight()).isEqualTo(8000);
    }

    @Test
    void namesTheVariableOfAUrlThatIsNone() {
        assertThatThrownBy(() -> PaymentWorkerSettings.from(new Env(Map.of("PAYMENT_PROVIDER_URL", "localhost:8084"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAYMENT_PROVIDER_URL");
    }

    @Test
    void namesTheVariableOfATimeoutOfNoTime() {
        assertThatThrownBy(() -> PaymentWorkerSettings.from(new Env(Map.of("PAYMENT_PROVIDER_TIMEOUT", "PT0S"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAYMENT_PROVIDER_TIMEOUT");
    }

    @Test
    void namesTheVariableOfAConcurrencyBelowOne() {
        assertThatThrownBy(() -> PaymentWorkerSettings.from(new Env(Map.of("PAYMENT_WORKER_CONCURRENCY", "0"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAYMENT_WORKER_CONCURRENCY");
    }

    @Test
    void namesTheVariableOfABatchBelowOne() {
        assertThatThrownBy(() -> PaymentWorkerSettings.from(new Env(Map.of("PAYMENT_WORKER_BATCH", "0"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAYMENT_WORKER_BATCH");
    }
}
