package io.orderstream.billing.run;

import io.orderstream.billing.domain.DunningSchedule;
import io.orderstream.platform.config.Env;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The billing run's variables: BILLING_ZONE (UTC), BILLING_SCHEDULE_ENABLED (true: runs start by themselves on the
 * 1st and at start-up), BILLING_CATCH_UP_MONTHS (0), BILLING_TICK (PT1S), BILLING_PAGE_SIZE (1000),
 * BILLING_CHARGE_TIMEOUT (PT15M), BILLING_DUNNING_SCHEDULE (P3D,P5D,P7D), BILLING_UNKNOWN_OUTCOME_RETRY (PT1H).
 */
public record BillingRunSettings(ZoneId zone, boolean scheduleEnabled, int catchUpMonths, Duration tick,
                                 int pageSize, Duration chargeTimeout, DunningSchedule dunning, String instance) {

    public static BillingRunSettings from(Env env) {
        return new BillingRunSettings(
                ZoneId.of(env.string("BILLING_ZONE", "UTC")),
                Boolean.parseBoolean(env.string("BILLING_SCHEDULE_ENABLED", "true")),
                env.integer("BILLING_CATCH_UP_MONTHS", 0),
                env.duration("BILLING_TICK", Duration.ofSeconds(1)),
                env.integer("BILLING_PAGE_SIZE", 1000),
                env.duration("BILLING_CHARGE_TIMEOUT", Duration.ofMinutes(15)),
                DunningSchedule.parse(env.string("BILLING_DUNNING_SCHEDULE", DunningSchedule.DEFAULT_STEPS),
                        env.duration("BILLING_UNKNOWN_OUTCOME_RETRY", DunningSchedule.DEFAULT_UNKNOWN_OUTCOME_RETRY)),
                env.string("INSTANCE_ID", "0"));
    }
}
