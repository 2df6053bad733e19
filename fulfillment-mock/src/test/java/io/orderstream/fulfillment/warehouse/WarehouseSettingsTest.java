package io.orderstream.fulfillment.warehouse;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarehouseSettingsTest {

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.01, Double.NaN})
    void rejectsASuccessRatioOutsideZeroToOne(double ratio) {
        assertThatThrownBy(() -> new WarehouseSettings(42, ratio, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("success ratio");
    }

    @Test
    void rejectsANegativeWorkTime() {
        assertThatThrownBy(() -> new WarehouseSettings(42, 0.5, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("work time");
    }
}
