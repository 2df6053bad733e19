package io.orderstream.billing.cli;

import io.orderstream.platform.text.ProgressBar;
import java.time.Duration;
import java.util.Locale;

/** What a seed wrote, in a few lines. */
final class SeedReport {

    private SeedReport() {
    }

    static String of(SeedPlan plan, Seeder.Result result, Duration took) {
        double perSecond = result.invoices() * 1_000_000_000.0 / Math.max(1, took.toNanos());
        return String.format(Locale.ROOT, """
                seeded %,d customers and %,d invoices in %s (%,.0f invoices/s), ids cus-%s-… and inv-%s-…
                  period %s: %,d PENDING invoices; %,d PAID in earlier months
                  customers: %,d regular (declined at the provider's ratio), %,d unknown to the provider (missing-…: \
                customer_not_found), %,d paying only USD while billed in EUR (…:USD: currency_mismatch), %,d always \
                declined (decline-…: insufficient_funds)
                """, result.customers(), result.invoices(), ProgressBar.duration(took), perSecond, plan.tag(), plan.tag(),
                plan.period(), result.pending(), result.invoices() - result.pending(),
                count(result, SeedPlan.Kind.REGULAR), count(result, SeedPlan.Kind.UNKNOWN_TO_PROVIDER),
                count(result, SeedPlan.Kind.OTHER_CURRENCY), count(result, SeedPlan.Kind.ALWAYS_DECLINED));
    }

    private static int count(Seeder.Result result, SeedPlan.Kind kind) {
        return result.customersByKind().getOrDefault(kind, 0);
    }
}
