package io.orderstream.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final long WINDOW_START = 100 * SECOND;
    private static final long WINDOW_END = 110 * SECOND;

    private static Observations observations(List<CreatedOrder> created, Map<String, Terminal> terminals, Map<String, Long> errors) {
        return new Observations(WINDOW_START, WINDOW_END, created, terminals, Latencies.NONE, Latencies.NONE, errors, 0,
                2 * SECOND, List.of(new CpuSample.ProcessUsage("kafka", OptionalLong.of(250))), 75.0, 40_000,
                new RawRate(500_000, 5 * SECOND, 900));
    }

    @Test
    void rates_are_per_second_of_the_measured_window_and_count_only_orders_created_in_it() {
        var created = List.of(
                new CreatedOrder("warm", 95 * SECOND, false),
                new CreatedOrder("a", 101 * SECOND, true),
                new CreatedOrder("b", 102 * SECOND, true));
        var terminals = Map.of(
                "warm", new Terminal(Terminal.Kind.CLOSED, 101 * SECOND),
                "a", new Terminal(Terminal.Kind.CLOSED, 103 * SECOND),
                "b", new Terminal(Terminal.Kind.CLOSED, 111 * SECOND));

        Summary summary = Summary.of(observations(created, terminals, Map.of()));

        assertThat(summary.window()).isEqualTo(Duration.ofSeconds(10));
        assertThat(summary.created()).isEqualTo(2);
        assertThat(summary.createdPerSecond()).isEqualTo(0.2);
        assertThat(summary.closedInWindow()).as("warm and a closed in the window, b after it").isEqualTo(2);
        assertThat(summary.closedPerSecond()).isEqualTo(0.2);
        assertThat(summary.closed()).as("a and b, created in the window, closed by the end").isEqualTo(2);
    }

    @Test
    void create_to_closed_runs_from_the_post_to_the_first_closed_snapshot() {
        var created = List.of(new CreatedOrder("a", 101 * SECOND, true), new CreatedOrder("b", 102 * SECOND, true));
        var terminals = Map.of(
                "a", new Terminal(Terminal.Kind.CLOSED, 101 * SECOND + Duration.ofMillis(300).toNanos()),
                "b", new Terminal(Terminal.Kind.CLOSED_FULFILLMENT_FAILED, 102 * SECOND + Duration.ofMillis(500).toNanos()));

        Summary summary = Summary.of(observations(created, terminals, Map.of()));

        assertThat(summary.closeLatency().count()).isEqualTo(2);
        assertThat(summary.closeLatency().p50()).isEqualTo(Duration.ofMillis(300));
        assertThat(summary.closeLatency().max()).isEqualTo(Duration.ofMillis(500));
        assertThat(summary.fulfillmentFailed()).isEqualTo(1);
    }

    @Test
    void orders_without_a_final_snapshot_are_not_closed_and_cancelled_ones_are_counted_apart() {
        var created = List.of(new CreatedOrder("open", 101 * SECOND, true), new CreatedOrder("gone", 101 * SECOND, true));
        var terminals = Map.of("gone", new Terminal(Terminal.Kind.CANCELLED, 102 * SECOND));

        Summary summary = Summary.of(observations(created, terminals, Map.of("409 invalid_state", 3L, "connection error", 1L)));

        assertThat(summary.notClosed()).isEqualTo(1);
        assertThat(summary.cancelled()).isEqualTo(1);
        assertThat(summary.closed()).isZero();
        assertThat(summary.errorCount()).isEqualTo(4);
    }

    @Test
    void the_pipeline_is_compared_with_the_raw_producer() {
        Summary summary = Summary.of(observations(List.of(), Map.of(), Map.of()));

        assertThat(summary.pipelineRecordsPerSecond()).isEqualTo(4_000.0);
        assertThat(summary.rawProducer().perSecond()).isEqualTo(100_000.0);
        assertThat(summary.pipelineShareOfRawPercent()).isEqualTo(4.0);
    }

    @Test
    void the_report_shows_every_figure_a_person_looks_for() {
        var created = List.of(new CreatedOrder("a", 101 * SECOND, true));
        var terminals = Map.of("a", new Terminal(Terminal.Kind.CLOSED, 101 * SECOND + Duration.ofMillis(250).toNanos()));

        String report = Summary.of(observations(created, terminals, Map.of("503 service_unavailable", 2L))).render();

        assertThat(report).contains("created (POST /orders answered", "closed while the load ran", "POST /orders",
                "create -> CLOSED", "250.0 ms", "503 service_unavailable", "kafka", "2.5", "25.0",
                "machine (all cores)", "75.0 %", "pipeline / raw", "4.0 %", "900 B records", "100,000.0");
    }
}
