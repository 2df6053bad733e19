package io.orderstream.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {

    @Test
    void an_unset_variable_gives_the_default() {
        assertThat(new Env(Map.of()).integer("PORT", 8080)).isEqualTo(8080);
    }

    @Test
    void a_blank_variable_counts_as_unset() {
        assertThat(new Env(Map.of("NAME", "  ")).string("NAME", "default")).isEqualTo("default");
    }

    @Test
    void a_duration_is_read_as_iso_8601_or_as_milliseconds() {
        var env = new Env(Map.of("ISO", "PT5S", "MILLIS", "250"));

        assertThat(env.duration("ISO", Duration.ZERO)).isEqualTo(Duration.ofSeconds(5));
        assertThat(env.duration("MILLIS", Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void an_invalid_value_fails_naming_the_variable() {
        assertThatThrownBy(() -> new Env(Map.of("ORDER_API_PORT", "eighty")).integer("ORDER_API_PORT", 8080))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ORDER_API_PORT")
                .hasMessageContaining("eighty");
    }
}
