package io.orderstream.localstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;

/** CPU time from Linux's {@code /proc}, in clock ticks ({@code getconf CLK_TCK}, 100 on Linux). */
public final class ProcCpu {

    public static final long TICKS_PER_SECOND = 100;

    private ProcCpu() {
    }

    /** The whole machine: ticks spent busy and in all, summed over every core. */
    public record MachineTicks(long busy, long total) {
    }

    /** utime + stime of {@code /proc/<pid>/stat}: fields 14 and 15, counted after the command name's closing parenthesis. */
    public static long processTicks(String statText) {
        int close = statText.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + statText);
        }
        String[] fields = statText.substring(close + 1).strip().split("\\s+");
        // fields[0] is field 3 (state), so field n is fields[n - 3]
        return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
    }

    /** The first line of {@code /proc/stat}: user nice system idle iowait irq softirq steal; idle and iowait are not busy. */
    public static MachineTicks machineTicks(String procStatText) {
        String first = procStatText.lines().filter(line -> line.startsWith("cpu ")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cpu line in /proc/stat"));
        long[] values = Arrays.stream(first.substring(4).strip().split("\\s+")).limit(8).mapToLong(Long::parseLong).toArray();
        long total = Arrays.stream(values).sum();
        long idle = values[3] + (values.length > 4 ? values[4] : 0);
        return new MachineTicks(total - idle, total);
    }

    /** The process and every process below it (PostgreSQL's backends, say); empty when it does not run. */
    public static OptionalLong treeTicks(long pid) {
        OptionalLong own = readProcess(pid);
        if (own.isEmpty()) {
            return own;
        }
        long descendants = ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(child -> readProcess(child.pid()).orElse(0)).sum();
        return OptionalLong.of(own.getAsLong() + descendants);
    }

    public static MachineTicks machine() {
        try {
            return machineTicks(Files.readString(Path.of("/proc/stat")));
        } catch (IOException e) {
            return new MachineTicks(0, 0);
        }
    }

    private static OptionalLong readProcess(long pid) {
        try {
            return OptionalLong.of(processTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException gone) {
            return OptionalLong.empty();
        }
    }
}
