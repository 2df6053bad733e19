package io.orderstream.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OrdersBenchArgumentsTest {

    private static BenchSettings parse(String... arguments) {
        var parsed = new OrdersBenchArguments();
        new CommandLine(parsed).parseArgs(arguments);
        return parsed.settings();
    }

    @Test
    void without_options_it_runs_16_clients_for_30_seconds_on_the_installment_path_after_a_5_second_warm_up() {
        BenchSettings settings = parse();

        assertThat(settings.clients()).isEqualTo(16);
        assertThat(settings.duration()).contains(Duration.ofSeconds(30));
        assertThat(settings.orders()).isEmpty();
        assertThat(settings.path()).isEqualTo(OrderPath.INSTALLMENTS);
        assertThat(settings.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.orderApis()).isEmpty();
    }

    @Test
    void every_option_is_taken_as_given() {
        BenchSettings settings = parse("--clients", "64", "--duration", "2m", "--path", "mix", "--warmup", "500ms",
                "--drain", "PT10S", "--raw-producer", "3s", "--order-api", "http://localhost:8080",
                "--order-api", "http://localhost:9080");

        assertThat(settings.clients()).isEqualTo(64);
        assertThat(settings.duration()).contains(Duration.ofMinutes(2));
        assertThat(settings.path()).isEqualTo(OrderPath.MIX);
        assertThat(settings.warmup()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.drain()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.rawProducer()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.orderApis()).containsExactly(URI.create("http://localhost:8080"), URI.create("http://localhost:9080"));
    }

    @Test
    void an_order_count_replaces_the_duration() {
        BenchSettings settings = parse("--orders", "1000", "--path", "pay");

        assertThat(settings.orders()).hasValue(1000);
        assertThat(settings.duration()).isEmpty();
        assertThat(settings.path()).isEqualTo(OrderPath.PAY);
    }

    @Test
    void a_duration_and_an_order_count_together_are_refused() {
        assertThatThrownBy(() -> parse("--duration", "5s", "--orders", "10"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("either --duration or --orders");
    }

    @Test
    void an_unknown_path_is_refused_naming_the_paths() {
        assertThatThrownBy(() -> parse("--path", "express"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("installments, pay, mix");
    }

    @Test
    void no_clients_is_refused() {
        assertThatThrownBy(() -> parse("--clients", "0")).hasMessageContaining("--clients must be 1 to");
    }

    @Test
    void a_zero_duration_is_refused() {
        assertThatThrownBy(() -> parse("--duration", "0s")).hasMessageContaining("--duration must be positive");
    }

    @Test
    void an_order_api_that_is_not_an_http_url_is_refused() {
        assertThatThrownBy(() -> parse("--order-api", "localhost:8080")).hasMessageContaining("--order-api must be an http URL");
    }

    @Test
    void a_duration_that_is_not_one_is_a_conversion_error() {
        assertThatThrownBy(() -> parse("--duration", "soon")).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("'soon' is not a duration");
    }

    @Test
    void the_mix_path_alternates_between_installments_and_create_and_pay() {
        assertThat(List.of(1L, 2L, 3L, 4L).stream().map(OrderPath.MIX::payNow)).containsExactly(true, false, true, false);
        assertThat(OrderPath.PAY.payNow(2)).isTrue();
        assertThat(OrderPath.INSTALLMENTS.payNow(1)).isFalse();
    }
}
