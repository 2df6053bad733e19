package io.orderstream.platform.text;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One line of progress for a command line tool, e.g.
 * {@code [##########..........]  50.0%  500,000/1,000,000  3,412/s  ETA 2m 26s}. Pure formatting: the caller measures.
 */
public final class ProgressBar {

    static final int WIDTH = 30;
    static final String UNKNOWN = "--";

    private ProgressBar() {
    }

    /**
     * @param perSecond how fast it goes now; empty while unknown (then no ETA either)
     */
    public static String line(long done, long total, OptionalDouble perSecond) {
        long clamped = Math.max(0, Math.min(done, total));
        String rate = perSecond.isPresent() ? count(Math.round(perSecond.getAsDouble())) + "/s" : UNKNOWN + "/s";
        return String.format(Locale.ROOT, "%s  %s/%s  %s  ETA %s", bar(done, total), count(done), count(total), rate,
                eta(total - clamped, perSecond));
    }

    /** The bar and its percentage alone, {@code [###############...............]  50.0%}: for progress that is not a count. */
    public static String bar(long done, long total) {
        long clamped = Math.max(0, Math.min(done, total));
        double share = total <= 0 ? 1.0 : (double) clamped / total;
        int filled = (int) Math.floor(share * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %5.1f%%", "#".repeat(filled), ".".repeat(WIDTH - filled), share * 100);
    }

    /** The time the rest takes at this rate: {@code 2m 26s}; {@value #UNKNOWN} when nothing moves yet; {@code 0s} when done. */
    public static String eta(long remaining, OptionalDouble perSecond) {
        if (remaining <= 0) {
            return duration(Duration.ZERO);
        }
        if (perSecond.isEmpty() || perSecond.getAsDouble() <= 0) {
            return UNKNOWN;
        }
        return duration(Duration.ofSeconds((long) Math.ceil(remaining / perSecond.getAsDouble())));
    }

    /** {@code 45s}, {@code 2m 26s}, {@code 1h 05m}; tenths below ten seconds ({@code 3.4s}). */
    public static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
        }
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }

    /** {@code 1,000,000}. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Items a second between two readings; empty when no time passed. */
    public static OptionalDouble rate(long doneBefore, long doneNow, Duration between) {
        if (between.isZero() || between.isNegative()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((doneNow - doneBefore) * 1_000_000_000.0 / between.toNanos());
    }
}
