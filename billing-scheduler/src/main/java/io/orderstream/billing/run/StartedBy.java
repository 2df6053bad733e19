package io.orderstream.billing.run;

/** What started a run (billing_runs.started_by). */
public enum StartedBy {
    SCHEDULE,
    MANUAL,
    CATCH_UP
}
