package io.orderstream.orderapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.platform.config.Env;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderApiSettingsTest {

    @Test
    void the_defaults_wait_5_s_for_commands_15_s_for_payments_and_keep_keys_48_h() {
        OrderApiSettings settings = OrderApiSettings.from(new Env(Map.of()));

        assertThat(settings.waits().command()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.waits().payment()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.idempotencyTtl()).isEqualTo(Duration.ofHours(48));
        assertThat(settings.idempotencyCleanup()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void every_setting_comes_from_its_variable() {
        OrderApiSettings settings = OrderApiSettings.from(new Env(Map.of(
                "ORDER_API_COMMAND_TIMEOUT", "PT2S",
                "ORDER_API_PAYMENT_TIMEOUT", "30000",
                "ORDER_API_IDEMPOTENCY_TTL", "P3D",
                "ORDER_API_IDEMPOTENCY_CLEANUP_INTERVAL", "PT10M")));

        assertThat(settings.waits().command()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.waits().payment()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.idempotencyTtl()).isEqualTo(Duration.ofDays(3));
        assertThat(settings.idempotencyCleanup()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void keys_are_kept_at_least_24_hours() {
        assertThatThrownBy(() -> OrderApiSettings.from(new Env(Map.of("ORDER_API_IDEMPOTENCY_TTL", "PT1H"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ORDER_API_IDEMPOTENCY_TTL");
    }
}
