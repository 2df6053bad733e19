package io.orderstream.localstack.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The clients, each on a virtual thread, each creating one order after the other and paying it as the path says.
 * Every order belongs to the run's customer, so the watcher on {@code orders.state} tells the run's orders apart.
 */
final class Load {

    /** The order's total, 25.00 EUR, paid in three installments on the installment path. */
    static final long TOTAL = 2500;
    static final long[] INSTALLMENTS = {1000, 1000, 500};

    private final List<URI> orderApis;
    private final String runId;
    private final String customerEmail;
    private final OrderPath path;
    private final OptionalLong measuredOrders;
    private final OrderClient client = new OrderClient(OrderClient.httpClient());

    final LatencyRecorder createLatency = new LatencyRecorder();
    final LatencyRecorder paymentLatency = new LatencyRecorder();
    final Queue<CreatedOrder> created = new ConcurrentLinkedQueue<>();
    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    final LongAdder declined = new LongAdder();
    final AtomicLong sent = new AtomicLong();
    private final AtomicLong measuredTickets = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile long windowStartNanos = Long.MAX_VALUE;
    private volatile long windowEndNanos = Long.MAX_VALUE;
    private volatile boolean stopped;

    Load(List<URI> orderApis, String runId, OrderPath path, OptionalLong measuredOrders) {
        this.orderApis = orderApis;
        this.runId = runId;
        this.customerEmail = customerEmail(runId);
        this.path = path;
        this.measuredOrders = measuredOrders;
    }

    static String customerEmail(String runId) {
        return "bench-" + runId + "@orderstream.invalid";
    }

    void start(int clients) {
        for (int index = 0; index < clients; index++) {
            URI api = orderApis.get(index % orderApis.size());
            threads.add(Thread.ofVirtual().name("bench-client-" + index).start(() -> run(api)));
        }
    }

    void startWindow(long nanos) {
        windowStartNanos = nanos;
    }

    /** Stops starting orders; those under way finish (see {@link #awaitClients}). */
    void stop(long nanos) {
        if (windowEndNanos == Long.MAX_VALUE) {
            windowEndNanos = nanos;
        }
        stopped = true;
    }

    boolean stopped() {
        return stopped;
    }

    long windowEndNanos() {
        return windowEndNanos;
    }

    long measuredStarted() {
        return measuredTickets.get();
    }

    void awaitClients(long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !thread.join(java.time.Duration.ofNanos(left))) {
                threads.forEach(Thread::interrupt);
                return;
            }
        }
    }

    private void run(URI api) {
        try {
            while (!stopped) {
                long start = System.nanoTime();
                boolean measured = start >= windowStartNanos;
                if (measured && measuredOrders.isPresent() && measuredTickets.incrementAndGet() > measuredOrders.getAsLong()) {
                    stop(start);
                    return;
                }
                order(api, sent.incrementAndGet(), start, measured);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void order(URI api, long sequence, long start, boolean measured) throws InterruptedException {
        boolean payNow = path.payNow(sequence);
        OrderClient.Outcome outcome = client.post(api.resolve("/orders"), key(sequence, "create"), createBody(payNow));
        boolean inWindow = measured && start < windowEndNanos; // sent before the load stopped
        if (inWindow) {
            createLatency.record(System.nanoTime() - start);
        }
        if (!outcome.succeeded() || outcome.orderId().isEmpty()) {
            failed(outcome);
            return;
        }
        String orderId = outcome.orderId().get();
        created.add(new CreatedOrder(orderId, start, inWindow));
        if (!payNow) {
            payInstallments(api, sequence, orderId, inWindow);
        }
    }

    private void payInstallments(URI api, long sequence, String orderId, boolean measured) throws InterruptedException {
        for (int index = 0; index < INSTALLMENTS.length; index++) {
            long start = System.nanoTime();
            OrderClient.Outcome outcome = client.post(api.resolve("/orders/" + orderId + "/payments"),
                    key(sequence, "pay-" + (index + 1)),
                    "{\"paymentId\":\"p-%d\",\"amount\":%d}".formatted(index + 1, INSTALLMENTS[index]));
            if (measured) {
                paymentLatency.record(System.nanoTime() - start);
            }
            if (!outcome.succeeded()) {
                failed(outcome);
                return;
            }
        }
    }

    private void failed(OrderClient.Outcome outcome) {
        if (outcome.status() == 402 || outcome.failure().contains("payment_declined")) {
            declined.increment();
            return;
        }
        String what = outcome.failure().isBlank() ? outcome.status() + " without an order id" : outcome.failure().strip();
        errors.computeIfAbsent(what, ignored -> new LongAdder()).increment();
    }

    private String key(long sequence, String step) {
        return "bench-" + runId + "-" + sequence + "-" + step;
    }

    private String createBody(boolean payNow) {
        String payment = payNow ? "\"payNow\":true,\"paymentMethod\":\"pm_card_visa\"," : "";
        return "{\"customerEmail\":\"%s\",\"currency\":\"EUR\",%s\"lines\":[{\"sku\":\"BENCH-1\",\"name\":\"Bench mug\",\"quantity\":2,\"unitPrice\":%d}]}"
                .formatted(customerEmail, payment, TOTAL / 2);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
