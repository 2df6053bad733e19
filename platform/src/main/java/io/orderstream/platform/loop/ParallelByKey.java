package io.orderstream.platform.loop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Runs work on a batch's items: items of one key one after another in batch order, items of different keys side by
 * side on virtual threads, at most {@code maxInFlight} keys at a time. With a limit of 1 everything runs on the
 * caller's thread. Items without key (null) are each a key of their own.
 */
final class ParallelByKey {

    private final int maxInFlight;
    private final ThreadFactory threads;

    ParallelByKey(int maxInFlight, String threadName) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1: " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
        this.threads = Thread.ofVirtual().name(threadName + "-", 0).factory();
    }

    /**
     * Applies {@code work} to every item and returns once all are done, the results in the items' order.
     *
     * @throws InterruptedException when interrupted while waiting for a free slot; the work already started finishes
     */
    <T, R> List<R> map(List<T> items, Function<? super T, ?> keyOf, Function<? super T, ? extends R> work)
            throws InterruptedException {
        if (maxInFlight == 1) {
            return items.stream().<R>map(work).toList();
        }
        Object[] results = new Object[items.size()];
        List<Future<?>> started = new ArrayList<>();
        var slots = new Semaphore(maxInFlight);
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(threads)) {
            for (List<Integer> sameKey : indexesByKey(items, keyOf)) {
                slots.acquire();
                started.add(executor.submit(() -> {
                    try {
                        sameKey.forEach(index -> results[index] = work.apply(items.get(index)));
                    } finally {
                        slots.release();
                    }
                }));
            }
        }
        rethrowFailures(started);
        @SuppressWarnings("unchecked")
        List<R> inOrder = (List<R>) Arrays.asList(results);
        return inOrder;
    }

    private static <T> List<List<Integer>> indexesByKey(List<T> items, Function<? super T, ?> keyOf) {
        Map<Object, List<Integer>> byKey = new LinkedHashMap<>();
        for (int index = 0; index < items.size(); index++) {
            Object key = keyOf.apply(items.get(index));
            byKey.computeIfAbsent(key == null ? new Object() : key, k -> new ArrayList<>()).add(index);
        }
        return List.copyOf(byKey.values());
    }

    /** Work is expected to catch its own exceptions; anything else that escaped it fails the whole batch. */
    private static void rethrowFailures(List<Future<?>> started) throws InterruptedException {
        for (Future<?> future : started) {
            try {
                future.get();
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case RuntimeException unchecked -> throw unchecked;
                    case Error error -> throw error;
                    default -> throw new IllegalStateException(e.getCause());
                }
            }
        }
    }
}
