package io.orderstream.localstack.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** CPU ticks of each named process (with its descendants) and of the machine at one moment. */
public record CpuSample(Map<String, OptionalLong> processes, ProcCpu.MachineTicks machine) {

    /** @param pids name → pid, in the order the summary lists them */
    public static CpuSample take(Map<String, Long> pids) {
        var processes = new LinkedHashMap<String, OptionalLong>();
        pids.forEach((name, pid) -> processes.put(name, ProcCpu.treeTicks(pid)));
        return new CpuSample(processes, ProcCpu.machine());
    }

    /** One process' CPU between two samples; {@code seconds} empty when it did not run at both. */
    public record ProcessUsage(String name, OptionalLong ticks) {

        public double seconds() {
            return ticks.orElse(0) / (double) ProcCpu.TICKS_PER_SECOND;
        }
    }

    public static List<ProcessUsage> between(CpuSample before, CpuSample after) {
        return before.processes.entrySet().stream().map(entry -> {
            OptionalLong end = after.processes.getOrDefault(entry.getKey(), OptionalLong.empty());
            OptionalLong start = entry.getValue();
            return new ProcessUsage(entry.getKey(), start.isPresent() && end.isPresent()
                    ? OptionalLong.of(Math.max(0, end.getAsLong() - start.getAsLong())) : OptionalLong.empty());
        }).toList();
    }

    /** The machine's CPU busy between two samples, in % of all its cores; 0 when unknown. */
    public static double machinePercent(CpuSample before, CpuSample after) {
        long total = after.machine.total() - before.machine.total();
        return total <= 0 ? 0 : 100.0 * (after.machine.busy() - before.machine.busy()) / total;
    }
}
