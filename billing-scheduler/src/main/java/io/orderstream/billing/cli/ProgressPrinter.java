package io.orderstream.billing.cli;

import io.orderstream.platform.text.ProgressBar;
import java.io.PrintStream;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * Prints a {@link ProgressBar} line: redrawn in place on a terminal, else (a log, CI) a new line at most every
 * {@link #QUIET_INTERVAL}. The rate is measured over the last {@link #WINDOW} of readings, so the ETA follows changes.
 */
final class ProgressPrinter {

    static final Duration QUIET_INTERVAL = Duration.ofSeconds(10);
    static final Duration WINDOW = Duration.ofSeconds(10);

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private long windowStartNanos = -1;
    private long windowStartDone;
    private boolean printed;
    private long lastPrintedNanos;
    private OptionalDouble rate = OptionalDouble.empty();
    private int lastLength;

    ProgressPrinter(PrintStream out, boolean terminal, String label) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
    }

    void update(long done, long total, long nanoTime) {
        if (windowStartNanos < 0) {
            windowStartNanos = nanoTime;
            windowStartDone = done;
        } else {
            Duration elapsed = Duration.ofNanos(nanoTime - windowStartNanos);
            rate = ProgressBar.rate(windowStartDone, done, elapsed);
            if (elapsed.compareTo(WINDOW) > 0) {
                windowStartNanos = nanoTime;
                windowStartDone = done;
            }
        }
        String line = label + " " + ProgressBar.line(done, total, rate);
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
            out.flush();
        } else if (!printed || done >= total || nanoTime - lastPrintedNanos >= QUIET_INTERVAL.toNanos()) {
            out.println(line);
            printed = true;
            lastPrintedNanos = nanoTime;
        }
    }

    /** Ends the redrawn line. */
    void finish() {
        if (terminal && lastLength > 0) {
            out.println();
        }
        lastLength = 0;
    }
}
