package io.orderstream.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcCpuTest {

    /** A real /proc/<pid>/stat line of a JVM: utime 1520, stime 230 (fields 14 and 15). */
    private static final String JVM_STAT = "4242 (java) S 1 4242 4242 0 -1 4194560 52310 0 12 0 1520 230 0 0 20 0 38 0"
            + " 123456 5123457024 70123 18446744073709551615 1 1 0 0 0 0 0 4096 16796879 0 0 0 17 1 0 0 0 0 0";

    @Test
    void a_process_takes_its_user_and_system_time() {
        assertThat(ProcCpu.processTicks(JVM_STAT)).isEqualTo(1750);
    }

    @Test
    void a_command_name_with_spaces_and_parentheses_does_not_shift_the_fields() {
        String stat = JVM_STAT.replace("(java)", "(Web Content (x) 2)");

        assertThat(ProcCpu.processTicks(stat)).isEqualTo(1750);
    }

    @Test
    void the_machine_is_busy_but_for_idle_and_iowait() {
        String procStat = """
                cpu  1000 50 300 8000 200 10 40 0 0 0
                cpu0 500 25 150 4000 100 5 20 0 0 0
                intr 12345
                """;

        ProcCpu.MachineTicks ticks = ProcCpu.machineTicks(procStat);

        assertThat(ticks.total()).isEqualTo(1000 + 50 + 300 + 8000 + 200 + 10 + 40);
        assertThat(ticks.busy()).isEqualTo(1000 + 50 + 300 + 10 + 40);
    }

    @Test
    void cpu_seconds_and_the_machine_share_come_from_two_samples() {
        var before = new CpuSample(Map.of("kafka", OptionalLong.of(1000)), new ProcCpu.MachineTicks(100, 1000));
        var after = new CpuSample(Map.of("kafka", OptionalLong.of(1350)), new ProcCpu.MachineTicks(700, 2000));

        assertThat(CpuSample.between(before, after)).singleElement().satisfies(kafka -> {
            assertThat(kafka.name()).isEqualTo("kafka");
            assertThat(kafka.seconds()).isEqualTo(3.5);
        });
        assertThat(CpuSample.machinePercent(before, after)).isEqualTo(60.0);
    }

    @Test
    void a_process_that_did_not_run_at_both_samples_has_no_figure() {
        var before = new CpuSample(Map.of("order-api", OptionalLong.of(10)), new ProcCpu.MachineTicks(0, 0));
        var after = new CpuSample(Map.of("order-api", OptionalLong.empty()), new ProcCpu.MachineTicks(0, 0));

        assertThat(CpuSample.between(before, after)).singleElement()
                .satisfies(process -> assertThat(process.ticks()).isEmpty());
    }

    @Test
    void this_jvm_has_used_some_cpu() {
        assertThat(ProcCpu.treeTicks(ProcessHandle.current().pid())).isPresent();
    }
}
