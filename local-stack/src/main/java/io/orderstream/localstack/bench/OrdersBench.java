package io.orderstream.localstack.bench;

import io.orderstream.platform.text.ProgressBar;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * {@code bin/orderstream bench orders}: drives the running stack through order-api's REST API with concurrent clients,
 * watches {@code orders.state} for the orders to close, and prints what it measured ({@link Summary}).
 */
public final class OrdersBench {

    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration FILE_PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final Duration CLIENTS_FINISH = Duration.ofSeconds(90);

    private final BenchSettings settings;
    private final BenchTarget target;
    private final PrintWriter out;
    private final boolean terminal;
    private final Progress progress = new Progress();
    private long lastPrinted;

    /** @param terminal redraw the progress line in place (a terminal), else print one every ten seconds (a file, CI) */
    public OrdersBench(BenchSettings settings, BenchTarget target, PrintWriter out, boolean terminal) {
        this.settings = settings;
        this.target = target;
        this.out = out;
        this.terminal = terminal;
    }

    /**
     * Runs the benchmark and prints its summary.
     *
     * @throws StackUnreachableException when order-api or Kafka does not answer (nothing was measured)
     */
    public Summary run() throws InterruptedException, ExecutionException, TimeoutException {
        List<URI> apis = target.orderApis();
        apis.forEach(OrdersBench::requireAnswers);
        String runId = UUID.randomUUID().toString().substring(0, 8);
        try (var kafka = new KafkaFigures(target.kafka());
             var watcher = watch(kafka, runId)) {
            out.printf("bench orders %s: %d clients, path %s, %s after a %s warm-up, against %s%n", runId, settings.clients(),
                    settings.path().label(), settings.duration().map(ProgressBar::duration).map(it -> "measuring " + it)
                            .orElseGet(() -> settings.orders().getAsLong() + " orders"), ProgressBar.duration(settings.warmup()),
                    apis.stream().map(URI::toString).collect(Collectors.joining(", ")));
            out.flush();
            Observations seen = measure(kafka, watcher, new Load(apis, runId, settings.path(), settings.orders()));
            Summary summary = Summary.of(seen);
            out.println();
            out.print(summary.render());
            out.flush();
            return summary;
        }
    }

    private TerminalOrders watch(KafkaFigures kafka, String runId) {
        kafka.requireReachable();
        return new TerminalOrders(target.kafka(), Load.customerEmail(runId));
    }

    private Observations measure(KafkaFigures kafka, TerminalOrders watcher, Load load)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Long> pids = new LinkedHashMap<>(target.pids());
        pids.put("bench (this JVM)", ProcessHandle.current().pid());
        long start = System.nanoTime();
        load.start(settings.clients());
        long windowStart = start + settings.warmup().toNanos();
        waitUntil(() -> System.nanoTime() >= windowStart, () -> line("warmup", load, watcher, start, windowStart));
        long windowOpened = System.nanoTime();
        load.startWindow(windowOpened);
        CpuSample cpuBefore = CpuSample.take(pids);
        long offsetsBefore = kafka.endOffsets(kafka.pipelineTopics());
        long loadEnd = settings.duration().map(duration -> windowOpened + duration.toNanos()).orElse(Long.MAX_VALUE);
        waitUntil(() -> load.stopped() || System.nanoTime() >= loadEnd, () -> line("load", load, watcher, windowOpened, loadEnd));
        load.stop(System.nanoTime());
        CpuSample cpuAfter = CpuSample.take(pids);
        long offsetsAfter = kafka.endOffsets(kafka.pipelineTopics());
        load.awaitClients(CLIENTS_FINISH.toNanos());
        long drainStart = System.nanoTime();
        long drainEnd = drainStart + settings.drain().toNanos();
        waitUntil(() -> allFinal(load, watcher) || System.nanoTime() >= drainEnd,
                () -> line("drain", load, watcher, drainStart, drainEnd));
        long drained = System.nanoTime() - drainStart;
        finishProgress();
        out.println("measuring the raw producer rate for " + ProgressBar.duration(settings.rawProducer()) + " ...");
        out.flush();
        String stateTopic = target.kafka().prefixed(io.orderstream.platform.kafka.TopicCatalog.ORDER_STATE.name());
        int recordSize = watcher.meanValueSize() > 0 ? watcher.meanValueSize() : 1024;
        RawRate raw = rawProducerRate(kafka, recordSize, stateTopic);
        return new Observations(windowOpened, load.windowEndNanos(), List.copyOf(load.created),
                Map.copyOf(watcher.terminals()), load.createLatency.summary(), load.paymentLatency.summary(),
                load.errors.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().sum())),
                load.declined.sum(), drained, CpuSample.between(cpuBefore, cpuAfter), CpuSample.machinePercent(cpuBefore, cpuAfter),
                offsetsAfter - offsetsBefore, raw);
    }

    /** A run's figures are worth keeping even when the scratch topic cannot be made: then the rate is 0, and why is said. */
    private RawRate rawProducerRate(KafkaFigures kafka, int recordSize, String stateTopic) throws InterruptedException {
        try {
            return kafka.rawProducerRate(recordSize, kafka.partitionsOf(stateTopic), settings.rawProducer());
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            out.println("the raw producer rate could not be measured: " + e.getMessage());
            return RawRate.NONE;
        }
    }

    private static boolean allFinal(Load load, TerminalOrders watcher) {
        Map<String, Terminal> terminals = watcher.terminals();
        return load.created.stream().allMatch(order -> terminals.containsKey(order.orderId()));
    }

    private void waitUntil(BooleanSupplier done, Runnable tick) throws InterruptedException {
        while (!done.getAsBoolean()) {
            tick.run();
            LockSupport.parkNanos(Math.min(TICK.toNanos(), 200_000_000L));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    private void line(String phase, Load load, TerminalOrders watcher, long from, long to) {
        long now = System.nanoTime();
        if (now - lastPrinted < (terminal ? TICK : FILE_PROGRESS_EVERY).toNanos()) {
            return;
        }
        lastPrinted = now;
        boolean byOrders = "load".equals(phase) && settings.orders().isPresent();
        long done = byOrders ? load.measuredStarted() : now - from;
        long total = byOrders ? settings.orders().getAsLong() : (to == Long.MAX_VALUE ? now - from : to - from);
        String text = progress.line(phase, done, total, byOrders,
                new Progress.Reading(now, load.created.size(), watcher.closedCount()), load.errorCount());
        if (terminal) {
            out.print("\r" + text + "\u001b[K");
        } else {
            out.println(text);
        }
        out.flush();
    }

    private void finishProgress() {
        if (terminal) {
            out.println();
        }
    }

    /** order-api answers its health check: else nothing can be measured. */
    private static void requireAnswers(URI api) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(api.resolve("/observe/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new StackUnreachableException("order-api at " + api + " is not healthy (health answered "
                        + response.statusCode() + ")");
            }
        } catch (IOException e) {
            throw new StackUnreachableException("order-api at " + api + " does not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackUnreachableException("interrupted while asking order-api at " + api);
        }
    }
}
