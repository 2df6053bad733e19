package io.orderstream.billing.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which billing runs are due. The run of a period starts at 00:00 on its 1st in the billing zone. Catch-up: at an
 * instant, the period it falls in is due, and so are the {@code catchUpMonths} periods before it, oldest first,
 * when they have no run yet. The default is 0: a run missed while everything was down is made up at start-up
 * within its own month; an older month is left to an operator ({@code POST /billing-runs}), as charging it
 * unannounced weeks late would surprise customers.
 */
public final class RunPlanning {

    private RunPlanning() {
    }

    /** The periods due at {@code now} without a run yet ({@code claimed}), oldest first. */
    public static List<Period> due(Instant now, ZoneId zone, int catchUpMonths, Set<Period> claimed) {
        if (catchUpMonths < 0) {
            throw new IllegalArgumentException("catch-up months must not be negative: " + catchUpMonths);
        }
        Period current = Period.containing(now, zone);
        List<Period> due = new ArrayList<>();
        for (int back = catchUpMonths; back >= 0; back--) {
            Period period = new Period(current.month().minusMonths(back));
            if (!claimed.contains(period)) {
                due.add(period);
            }
        }
        return due;
    }

    /** When the next period's run starts, after {@code now}. */
    public static Instant nextStart(Instant now, ZoneId zone) {
        return Period.containing(now, zone).next().start(zone);
    }

    /** A period whose run has not started yet at {@code now}: a manual run of it is refused. */
    public static boolean isFuture(Period period, Instant now, ZoneId zone) {
        return period.start(zone).isAfter(now);
    }
}
