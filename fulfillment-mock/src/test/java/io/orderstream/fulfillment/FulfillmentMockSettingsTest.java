package io.orderstream.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.fulfillment.warehouse.WarehouseSettings;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.loop.RetryTiers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FulfillmentMockSettingsTest {

    @Test
    void shipsFourInFiveRequestsAtOnceWithSeed42ByDefault() {
        FulfillmentMockSettings settings = FulfillmentMockSettings.from(new Env(Map.of()));

        assertThat(settings.warehouse()).isEqualTo(new WarehouseSettings(42, 0.8, Duration.ZERO));
        assertThat(settings.instanceId()).isEqualTo("0");
        assertThat(settings.retryTiers()).isEqualTo(RetryTiers.defaults());
        assertThat(settings.commitInterval()).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void readsItsVariables() {
        FulfillmentMockSettings settings = FulfillmentMockSettings.from(new Env(Map.of(
                "FULFILLMENT_SEED", "7", "FULFILLMENT_SUCCESS_RATIO", "0.25", "FULFILLMENT_DELAY", "PT0.5S",
                "INSTANCE_ID", "b", "RETRY_BACKOFFS", "PT2S")));

        assertThat(settings.warehouse()).isEqualTo(new WarehouseSettings(7, 0.25, Duration.ofMillis(500)));
        assertThat(settings.instanceId()).isEqualTo("b");
        assertThat(settings.retryTiers().backoffs()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void namesTheVariableOfASuccessRatioAboveOne() {
        assertThatThrownBy(() -> FulfillmentMockSettings.from(new Env(Map.of("FULFILLMENT_SUCCESS_RATIO", "80"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FULFILLMENT_SUCCESS_RATIO");
    }

    @Test
    void namesTheVariableOfADelayLongerThanAMinute() {
        assertThatThrownBy(() -> FulfillmentMockSettings.from(new Env(Map.of("FULFILLMENT_DELAY", "PT2M"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FULFILLMENT_DELAY");
    }
}
