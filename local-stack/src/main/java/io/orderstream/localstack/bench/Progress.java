package io.orderstream.localstack.bench;

import io.orderstream.platform.text.ProgressBar;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The progress line: the phase, how far the load is (by time, or by orders with {@code --orders}), and orders created
 * and closed a second over the last {@value #RATE_SECONDS} seconds.
 */
final class Progress {

    static final int RATE_SECONDS = 5;

    /** One reading: when, orders created and closed so far. */
    record Reading(long nanos, long created, long closed) {
    }

    private final Deque<Reading> readings = new ArrayDeque<>();

    /** Keeps the reading and answers the line for it. */
    String line(String phase, long done, long total, boolean byOrders, Reading now, long errors) {
        readings.addLast(now);
        while (readings.size() > RATE_SECONDS + 1) {
            readings.removeFirst();
        }
        Reading first = readings.getFirst();
        Duration between = Duration.ofNanos(now.nanos() - first.nanos());
        OptionalDouble created = ProgressBar.rate(first.created(), now.created(), between);
        OptionalDouble closed = ProgressBar.rate(first.closed(), now.closed(), between);
        String position = byOrders ? ProgressBar.line(done, total, created)
                : ProgressBar.bar(done, total) + "  " + ProgressBar.duration(Duration.ofNanos(done)) + "/"
                + ProgressBar.duration(Duration.ofNanos(total)) + "  ETA " + ProgressBar.duration(Duration.ofNanos(Math.max(0, total - done)));
        return String.format(Locale.ROOT, "%-7s %s  created %s/s  closed %s/s  errors %s", phase, position, rate(created),
                rate(closed), ProgressBar.count(errors));
    }

    private static String rate(OptionalDouble perSecond) {
        return perSecond.isPresent() ? ProgressBar.count(Math.round(perSecond.getAsDouble())) : "--";
    }
}
