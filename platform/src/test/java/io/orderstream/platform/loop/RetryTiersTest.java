package io.orderstream.platform.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.platform.config.Env;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryTiersTest {

    @Test
    void retriesAfterOneTenAndSixtySecondsByDefault() {
        RetryTiers tiers = RetryTiers.from(new Env(Map.of()));

        assertThat(tiers.backoffs()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(60));
        assertThat(tiers.maxAttempts()).isEqualTo(4);
        assertThat(tiers.backoff(2)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void readsIsoDurationsAndMillisecondsSeparatedByCommas() {
        RetryTiers tiers = RetryTiers.from(new Env(Map.of("RETRY_BACKOFFS", "PT0.5S, 2000 ,PT1M")));

        assertThat(tiers.backoffs()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(2),
                Duration.ofMinutes(1));
    }

    @Test
    void hasNoTiersWhenToldNone() {
        RetryTiers tiers = RetryTiers.from(new Env(Map.of("RETRY_BACKOFFS", "none")));

        assertThat(tiers.count()).isZero();
        assertThat(tiers.maxAttempts()).isEqualTo(1);
    }

    @Test
    void namesTheVariableOfAnUnreadableValue() {
        assertThatThrownBy(() -> RetryTiers.from(new Env(Map.of("RETRY_BACKOFFS", "PT1S,soon"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RETRY_BACKOFFS")
                .hasMessageContaining("PT1S,soon");
    }

    @Test
    void rejectsABackoffOfNoTime() {
        assertThatThrownBy(() -> RetryTiers.from(new Env(Map.of("RETRY_BACKOFFS", "PT1S,PT0S"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RETRY_BACKOFFS");
        assertThatThrownBy(() -> new RetryTiers(List.of(Duration.ofSeconds(-1))))
                .hasMessageContaining("positive");
    }
}
