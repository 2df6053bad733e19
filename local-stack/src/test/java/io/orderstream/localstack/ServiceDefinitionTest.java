package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceDefinitionTest {

    private final ServiceDefinition orderApi = new ServiceDefinition("order-api", "ORDER_API", 8080);

    @Test
    void only_services_whose_module_exists_are_run(@TempDir Path repository) throws IOException {
        Files.createDirectories(repository.resolve("order-api"));
        Files.createDirectories(repository.resolve("payment-provider-mock"));

        assertThat(ServiceDefinition.presentIn(repository)).extracting(ServiceDefinition::name)
                .containsExactly("order-api", "payment-provider-mock");
    }

    @Test
    void a_service_is_run_from_the_jar_its_module_builds() {
        assertThat(orderApi.jar(Path.of("/repo"))).isEqualTo(Path.of("/repo/order-api/target/order-api.jar"));
    }

    @Test
    void the_port_and_url_variables_start_with_the_service_s_prefix() {
        assertThat(orderApi.portVariable()).isEqualTo("ORDER_API_PORT");
        assertThat(orderApi.urlVariable()).isEqualTo("ORDER_API_URL");
    }

    @Test
    void the_payment_provider_is_found_by_the_names_its_clients_read() {
        var provider = ServiceDefinition.ALL.stream().filter(s -> s.name().equals("payment-provider-mock"))
                .findFirst().orElseThrow();

        assertThat(provider.portVariable()).isEqualTo("PAYMENT_PROVIDER_PORT");
        assertThat(provider.urlVariable()).isEqualTo("PAYMENT_PROVIDER_URL");
    }

    @Test
    void the_port_variable_overrides_the_default_port() {
        assertThat(orderApi.port(Map.of())).isEqualTo(8080);
        assertThat(orderApi.port(Map.of("ORDER_API_PORT", "18080"))).isEqualTo(18080);
    }

    @Test
    void every_service_has_a_port_of_its_own() {
        assertThat(ServiceDefinition.ALL).extracting(ServiceDefinition::defaultPort).doesNotHaveDuplicates();
    }

    @Test
    void a_service_runs_once_unless_its_instances_variable_asks_for_more() {
        assertThat(orderApi.instances(Map.of())).extracting(ServiceInstance::name).containsExactly("order-api");
        assertThat(orderApi.instances(Map.of("ORDER_API_INSTANCES", "2"))).extracting(ServiceInstance::name)
                .containsExactly("order-api", "order-api-2");
    }

    @Test
    void the_second_instance_has_a_port_and_an_instance_id_of_its_own() {
        ServiceInstance second = orderApi.instances(Map.of("ORDER_API_INSTANCES", "2")).get(1);

        assertThat(second.port(Map.of())).isEqualTo(8180);
        assertThat(second.port(Map.of("ORDER_API_PORT", "18080"))).isEqualTo(18180);
        assertThat(second.instanceId()).isEqualTo("1");
    }

    @Test
    void an_instance_count_that_is_no_number_or_out_of_range_is_refused_naming_the_variable() {
        for (String value : List.of("two", "0", "10", "-1")) {
            assertThatThrownBy(() -> orderApi.instances(Map.of("ORDER_API_INSTANCES", value)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ORDER_API_INSTANCES=" + value);
        }
    }

    @Test
    void the_payment_provider_mock_runs_once_since_its_ledger_lives_in_its_memory() {
        var provider = ServiceDefinition.ALL.stream().filter(s -> s.name().equals("payment-provider-mock"))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> provider.instances(Map.of("PAYMENT_PROVIDER_INSTANCES", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs 1 instance");
    }
}
