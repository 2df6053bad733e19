package io.orderstream.paymentprovider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.paymentprovider.domain.GatewaySettings;
import io.orderstream.platform.config.Env;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayEnvironmentTest {

    private static GatewaySettings read(Map<String, String> variables) {
        return GatewayEnvironment.read(new Env(variables), () -> 123);
    }

    @Test
    void unset_variables_give_the_documented_defaults_and_a_random_seed() {
        assertThat(read(Map.of())).isEqualTo(
                new GatewaySettings(Duration.ofMillis(20), Duration.ofMillis(200), 0.25, 0.05, 123));
    }

    @Test
    void every_variable_is_read() {
        var settings = read(Map.of(
                "PAYMENT_PROVIDER_LATENCY_MIN", "PT0.5S",
                "PAYMENT_PROVIDER_LATENCY_MAX", "750",
                "PAYMENT_PROVIDER_DECLINE_RATIO", "0.5",
                "PAYMENT_PROVIDER_FAULT_RATIO", "0",
                "PAYMENT_PROVIDER_SEED", "-7"));

        assertThat(settings).isEqualTo(new GatewaySettings(Duration.ofMillis(500), Duration.ofMillis(750), 0.5, 0, -7));
    }

    @Test
    void a_ratio_outside_zero_to_one_fails_naming_its_variable() {
        assertThatThrownBy(() -> read(Map.of("PAYMENT_PROVIDER_FAULT_RATIO", "5")))
                .hasMessageContaining("PAYMENT_PROVIDER_FAULT_RATIO");
    }

    @Test
    void a_maximum_latency_below_the_minimum_fails_naming_both_variables() {
        assertThatThrownBy(() -> read(Map.of("PAYMENT_PROVIDER_LATENCY_MIN", "300")))
                .hasMessageContaining("PAYMENT_PROVIDER_LATENCY_MAX").hasMessageContaining("PAYMENT_PROVIDER_LATENCY_MIN");
    }

    @Test
    void a_seed_that_is_no_number_fails_naming_its_variable() {
        assertThatThrownBy(() -> read(Map.of("PAYMENT_PROVIDER_SEED", "abc")))
                .hasMessageContaining("PAYMENT_PROVIDER_SEED");
    }
}
