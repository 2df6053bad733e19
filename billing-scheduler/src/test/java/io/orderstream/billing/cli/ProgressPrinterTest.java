package io.orderstream.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void on_a_terminal_the_line_is_redrawn_in_place_with_the_rate_between_readings() {
        var printer = new ProgressPrinter(out, true, "run");

        printer.update(0, 1000, 0);
        printer.update(500, 1000, Duration.ofSeconds(1).toNanos());
        printer.finish();

        assertThat(printed()).startsWith("\rrun [").contains("\rrun [###############").contains("500/s  ETA 1.0s").endsWith("\n");
        assertThat(printed().chars().filter(c -> c == '\n')).hasSize(1);
    }

    @Test
    void into_a_log_a_line_is_printed_at_most_every_ten_seconds_and_at_the_end() {
        var printer = new ProgressPrinter(out, false, "run");

        printer.update(0, 100, 0);
        printer.update(10, 100, Duration.ofSeconds(5).toNanos());
        printer.update(50, 100, Duration.ofSeconds(11).toNanos());
        printer.update(60, 100, Duration.ofSeconds(12).toNanos());
        printer.update(100, 100, Duration.ofSeconds(13).toNanos());
        printer.finish();

        assertThat(printed().lines()).hasSize(3).allMatch(line -> line.startsWith("run [")).noneMatch(line -> line.contains("\r"));
        assertThat(printed().lines().toList()).satisfiesExactly(
                first -> assertThat(first).contains("  0/100  "),
                second -> assertThat(second).contains("  50/100  "),
                last -> assertThat(last).contains("  100/100  "));
    }
}
