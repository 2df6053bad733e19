package io.orderstream.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.billing.domain.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void seed_without_options_is_antaeus_demo_of_100_customers_with_10_invoices_each_in_the_current_month() {
        assertThat(Commands.Seed.parse(List.of())).isEqualTo(new Commands.Seed(100, 10, java.util.Optional.empty()));
    }

    @Test
    void seed_takes_its_numbers_and_period_as_separate_or_joined_values() {
        var seed = Commands.Seed.parse(List.of("--customers", "1000", "--invoices-per-customer=3", "--period", "2026-02"));

        assertThat(seed).isEqualTo(new Commands.Seed(1000, 3, java.util.Optional.of(Period.of(2026, 2))));
    }

    @Test
    void numbers_may_carry_underscores_between_digits() {
        assertThat(Commands.Bench.parse(List.of("--invoices", "1_000_000")).invoices()).isEqualTo(1_000_000);
    }

    @Test
    void bench_defaults_to_a_million_invoices_and_a_sequential_sample_of_200() {
        var bench = Commands.Bench.parse(List.of());

        assertThat(bench.invoices()).isEqualTo(1_000_000);
        assertThat(bench.sample()).isEqualTo(200);
        assertThat(bench.period()).isEmpty();
    }

    @Test
    void run_takes_a_period() {
        assertThat(Commands.Run.parse(List.of("--period=2026-12")).period()).hasValue(Period.of(2026, 12));
    }

    @Test
    void an_unknown_option_is_a_usage_error_naming_it() {
        assertUsageError(() -> Commands.Run.parse(List.of("--customers", "3")), "billing run: unknown option --customers");
    }

    @Test
    void an_option_without_its_value_is_a_usage_error() {
        assertUsageError(() -> Commands.Seed.parse(List.of("--customers")), "--customers needs a value");
    }

    @Test
    void an_option_given_twice_is_a_usage_error() {
        assertUsageError(() -> Commands.Seed.parse(List.of("--customers", "1", "--customers=2")), "--customers is given twice");
    }

    @Test
    void a_bare_word_is_a_usage_error() {
        assertUsageError(() -> Commands.Seed.parse(List.of("100")), "unexpected argument '100'");
    }

    @Test
    void zero_negative_or_non_numeric_counts_are_usage_errors_saying_the_range() {
        assertUsageError(() -> Commands.Seed.parse(List.of("--customers", "0")), "--customers must be a whole number from 1 to");
        assertUsageError(() -> Commands.Bench.parse(List.of("--invoices", "-5")), "--invoices must be a whole number from 1 to");
        assertUsageError(() -> Commands.Bench.parse(List.of("--sample", "many")), "--sample must be a whole number from 1 to");
    }

    @Test
    void a_malformed_period_is_a_usage_error() {
        assertUsageError(() -> Commands.Run.parse(List.of("--period", "2026-13")), "--period must be a month, YYYY-MM, not '2026-13'");
    }

    private static void assertUsageError(org.assertj.core.api.ThrowableAssert.ThrowingCallable parse, String message) {
        assertThatThrownBy(parse).isInstanceOfSatisfying(CliException.class, e -> {
            assertThat(e.usage()).isTrue();
            assertThat(e.getMessage()).contains(message);
        });
    }
}
