package io.orderstream.billing.cli;

import io.orderstream.billing.domain.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The options of each command, parsed and checked; a missing period is decided later (it needs the time). */
final class Commands {

    static final int MAX_CUSTOMERS = 10_000_000;
    static final int MAX_INVOICES_PER_CUSTOMER = 1_000;
    static final int MAX_BENCH_INVOICES = 50_000_000;
    static final int MAX_SAMPLE = 10_000;

    private Commands() {
    }

    /** {@code billing seed [--customers N] [--invoices-per-customer M] [--period YYYY-MM]}: Antaeus' demo by default. */
    record Seed(int customers, int invoicesPerCustomer, Optional<Period> period) {

        static Seed parse(List<String> arguments) {
            var options = CliOptions.parse("billing seed", arguments, Set.of("customers", "invoices-per-customer", "period"));
            return new Seed(options.integer("customers", 100, 1, MAX_CUSTOMERS),
                    options.integer("invoices-per-customer", 10, 1, MAX_INVOICES_PER_CUSTOMER),
                    options.period("period"));
        }
    }

    /** {@code billing run [--period YYYY-MM]}: the current month by default. */
    record Run(Optional<Period> period) {

        static Run parse(List<String> arguments) {
            return new Run(CliOptions.parse("billing run", arguments, Set.of("period")).period("period"));
        }
    }

    /**
     * {@code bench billing [--invoices N] [--sample S] [--period YYYY-MM]}: a million invoices and a sequential sample
     * of 200 by default; without a period, the newest month that has neither a run nor invoices.
     */
    record Bench(int invoices, int sample, Optional<Period> period) {

        static Bench parse(List<String> arguments) {
            var options = CliOptions.parse("bench billing", arguments, Set.of("invoices", "sample", "period"));
            return new Bench(options.integer("invoices", 1_000_000, 1, MAX_BENCH_INVOICES),
                    options.integer("sample", 200, 1, MAX_SAMPLE), options.period("period"));
        }
    }
}
