package io.orderstream.localstack.bench;

import io.orderstream.platform.text.ProgressBar;
import io.orderstream.platform.text.Table;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a run, computed from its {@link Observations}: counts over the measured window (orders whose
 * {@code POST /orders} was sent after the warm-up and before the load stopped), rates per second of that window.
 *
 * @param closedInWindow orders of the run that reached {@code CLOSED} while the load ran (warm-up orders included:
 *                       this is the pipeline's closing rate, whatever order it closes)
 * @param notClosed      measured orders without a final snapshot when the run stopped waiting
 */
public record Summary(Duration window, long created, long closedInWindow, long closed, long fulfillmentFailed,
                      long cancelled, long rejected, long declined, Latencies createLatency, Latencies paymentLatency,
                      Latencies closeLatency, Map<String, Long> errors, long notClosed, Duration drainWaited,
                      List<CpuSample.ProcessUsage> cpu, double machineCpuPercent, long pipelineRecords,
                      RawRate rawProducer) {

    public static Summary of(Observations seen) {
        Duration window = Duration.ofNanos(seen.windowEndNanos() - seen.windowStartNanos());
        List<CreatedOrder> measured = seen.created().stream().filter(CreatedOrder::measured).toList();
        long[] toClosed = measured.stream()
                .filter(order -> closed(seen, order))
                .mapToLong(order -> seen.terminals().get(order.orderId()).seenNanos() - order.startNanos())
                .toArray();
        long closedInWindow = seen.terminals().values().stream()
                .filter(terminal -> terminal.kind().closed())
                .filter(terminal -> terminal.seenNanos() >= seen.windowStartNanos() && terminal.seenNanos() < seen.windowEndNanos())
                .count();
        return new Summary(window, measured.size(), closedInWindow, toClosed.length,
                count(seen, measured, Terminal.Kind.CLOSED_FULFILLMENT_FAILED), count(seen, measured, Terminal.Kind.CANCELLED),
                count(seen, measured, Terminal.Kind.REJECTED), seen.declined(), seen.createLatency(), seen.paymentLatency(),
                Latencies.of(toClosed), new TreeMap<>(seen.errors()),
                measured.stream().filter(order -> !seen.terminals().containsKey(order.orderId())).count(),
                Duration.ofNanos(seen.drainWaitNanos()), seen.cpu(), seen.machineCpuPercent(), seen.pipelineRecords(),
                seen.rawProducer());
    }

    public double createdPerSecond() {
        return perSecond(created);
    }

    public double closedPerSecond() {
        return perSecond(closedInWindow);
    }

    public double pipelineRecordsPerSecond() {
        return perSecond(pipelineRecords);
    }

    /** The pipeline's records/s as a share of the raw producer's, in %; 0 when the raw rate is unknown. */
    public double pipelineShareOfRawPercent() {
        return rawProducer.perSecond() <= 0 ? 0 : 100 * pipelineRecordsPerSecond() / rawProducer.perSecond();
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public String render() {
        double seconds = seconds();
        var throughput = new Table(Table.Column.text("ORDERS", 60), Table.Column.number("COUNT"), Table.Column.number("PER SECOND"))
                .row("created (POST /orders answered, after the warm-up)", ProgressBar.count(created), rate(createdPerSecond()))
                .row("closed while the load ran (reached CLOSED)", ProgressBar.count(closedInWindow), rate(closedPerSecond()))
                .row("created and closed (by the end of the drain)", ProgressBar.count(closed), "")
                .row("of which the warehouse failed (closed, refunded)", ProgressBar.count(fulfillmentFailed), "")
                .row("cancelled", ProgressBar.count(cancelled), "")
                .row("declined by the gateway (402, create-and-pay)", ProgressBar.count(declined), "")
                .row("not closed when the bench stopped waiting", ProgressBar.count(notClosed), "");
        var latency = new Table(Table.Column.text("LATENCY", 40), Table.Column.number("COUNT"), Table.Column.number("P50"),
                Table.Column.number("P95"), Table.Column.number("P99"), Table.Column.number("MAX"));
        latencyRow(latency, "POST /orders", createLatency);
        latencyRow(latency, "POST /orders/{id}/payments", paymentLatency);
        latencyRow(latency, "create -> CLOSED", closeLatency);
        var failures = new Table(Table.Column.text("ERRORS", 60), Table.Column.number("COUNT"));
        errors.forEach((what, count) -> failures.row(what, ProgressBar.count(count)));
        if (errors.isEmpty()) {
            failures.row("none", "0");
        }
        var cpuTable = new Table(Table.Column.text("CPU", 40), Table.Column.number("SECONDS"), Table.Column.number("% OF A CORE"));
        cpu.forEach(process -> cpuTable.row(process.name(), process.ticks().isPresent() ? decimal(process.seconds()) : "not running",
                process.ticks().isPresent() ? decimal(100 * process.seconds() / seconds) : ""));
        cpuTable.row("machine (all cores)", "", String.format(Locale.ROOT, "%.1f %% of %d cores", machineCpuPercent,
                Runtime.getRuntime().availableProcessors()));
        var kafka = new Table(Table.Column.text("KAFKA", 70), Table.Column.number("RECORDS/S"))
                .row("pipeline: records written to the order topics while the load ran", rate(pipelineRecordsPerSecond()))
                .row(String.format(Locale.ROOT, "raw producer: acks=all, idempotent, %,d B records, %s", rawProducer.recordSize(),
                        ProgressBar.duration(Duration.ofNanos(rawProducer.nanos()))), rate(rawProducer.perSecond()))
                .row("pipeline / raw", String.format(Locale.ROOT, "%.1f %%", pipelineShareOfRawPercent()));
        return String.join(System.lineSeparator(), throughput.render(), latency.render(), failures.render(),
                cpuTable.render() + "(measured over the " + ProgressBar.duration(window) + " window; the drain waited "
                        + ProgressBar.duration(drainWaited) + ")" + System.lineSeparator(), kafka.render());
    }

    private double perSecond(long count) {
        double seconds = seconds();
        return seconds <= 0 ? 0 : count / seconds;
    }

    private double seconds() {
        return window.toNanos() / 1e9;
    }

    private static boolean closed(Observations seen, CreatedOrder order) {
        Terminal terminal = seen.terminals().get(order.orderId());
        return terminal != null && terminal.kind().closed();
    }

    private static long count(Observations seen, List<CreatedOrder> measured, Terminal.Kind kind) {
        return measured.stream().map(order -> seen.terminals().get(order.orderId()))
                .filter(terminal -> terminal != null && terminal.kind() == kind).count();
    }

    private static void latencyRow(Table table, String what, Latencies latencies) {
        if (latencies.count() == 0) {
            table.row(what, "0", "-", "-", "-", "-");
            return;
        }
        table.row(what, ProgressBar.count(latencies.count()), millis(latencies.p50()), millis(latencies.p95()),
                millis(latencies.p99()), millis(latencies.max()));
    }

    static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%,.1f ms", duration.toNanos() / 1e6);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.1f", perSecond);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }
}
