package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackSettingsTest {

    @Test
    void without_variables_the_documented_defaults_apply() {
        LocalStackSettings settings = LocalStackSettings.fromEnvironment(Map.of());

        assertThat(settings.workDir()).isEqualTo(Path.of(".orderstream").toAbsolutePath());
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(9093);
        assertThat(settings.registryPort()).isEqualTo(8085);
        assertThat(settings.postgresPort()).isEqualTo(5433);
        assertThat(settings.registryManagementPort()).isEqualTo(8086);
    }

    @Test
    void variables_override_the_defaults() {
        Map<String, String> environment = Map.of(
                "ORDERSTREAM_HOME", "/var/tmp/stack",
                "KAFKA_PORT", "19092",
                "KAFKA_CONTROLLER_PORT", "19093",
                "REGISTRY_PORT", "18085",
                "POSTGRES_PORT", "15433");

        LocalStackSettings settings = LocalStackSettings.fromEnvironment(environment);

        assertThat(settings).isEqualTo(new LocalStackSettings(Path.of("/var/tmp/stack"), 19092, 19093, 18085, 15433, 18086));
    }

    @Test
    void the_registry_management_port_has_a_variable_of_its_own() {
        LocalStackSettings settings = LocalStackSettings.fromEnvironment(Map.of("REGISTRY_MANAGEMENT_PORT", "9000"));

        assertThat(settings.registryManagementPort()).isEqualTo(9000);
    }

    @Test
    void a_relative_work_dir_is_resolved_against_the_current_directory() {
        LocalStackSettings settings = LocalStackSettings.fromEnvironment(Map.of("ORDERSTREAM_HOME", "data/stack"));

        assertThat(settings.workDir()).isAbsolute().endsWithRaw(Path.of("data", "stack"));
    }

    @Test
    void a_port_variable_that_is_not_a_number_is_named_in_the_error() {
        assertThatThrownBy(() -> LocalStackSettings.fromEnvironment(Map.of("KAFKA_PORT", "kafka")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KAFKA_PORT=kafka");
    }

    @Test
    void a_port_out_of_range_is_refused_naming_its_variable() {
        assertThatThrownBy(() -> LocalStackSettings.fromEnvironment(Map.of("POSTGRES_PORT", "70000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000")
                .hasMessageContaining("POSTGRES_PORT");
    }

    @Test
    void settings_for_tests_use_five_different_ports() {
        LocalStackSettings settings = LocalStackSettings.forTests();

        assertThat(new int[] {settings.kafkaPort(), settings.kafkaControllerPort(), settings.registryPort(),
                settings.postgresPort(), settings.registryManagementPort()}).doesNotHaveDuplicates();
    }

    @Test
    void settings_for_tests_use_a_fresh_directory_under_the_temporary_directory() {
        LocalStackSettings first = LocalStackSettings.forTests();
        LocalStackSettings second = LocalStackSettings.forTests();

        assertThat(first.workDir()).startsWithRaw(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())
                .isNotEqualTo(second.workDir())
                .doesNotExist();
    }
}
