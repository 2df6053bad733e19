package io.orderstream.billing.run;

import java.time.Instant;
import java.util.Map;

/** A billing run as clients see it (GET /billing-runs/{period}). */
public record BillingRunView(String period, String status, String startedBy, Instant startedAt, Instant fannedOutAt,
                             Instant completedAt, Counts invoices, Map<String, Long> failures) {

    /** The invoices the run charges, by status. */
    public record Counts(long total, long pending, long charging, long paid, long error, long needsReview) {
    }
}
