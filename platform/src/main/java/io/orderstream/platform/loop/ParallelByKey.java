package io.orderstream.platform.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs work by key: the work of one key one after another in the order it was given, the work of different keys
 * side by side on virtual threads, at most {@code maxInFlight} at a time. Work without key (null) is a key of its
 * own. {@link #submit} takes work as it comes (a pipelined loop); {@link #map} a whole batch, and with a limit of 1
 * runs it on the caller's thread.
 */
final class ParallelByKey implements AutoCloseable {

    private final int maxInFlight;
    private final Semaphore slots;
    private final ExecutorService threads;
    /** Per key, its latest work: the next of that key starts once it is done. */
    private final Map<Object, CompletableFuture<?>> latestByKey = new ConcurrentHashMap<>();

    ParallelByKey(int maxInFlight, String threadName) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1: " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
        this.slots = new Semaphore(maxInFlight, true);
        this.threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(threadName + "-", 0).factory());
    }

    /**
     * Starts {@code work} once the work given before for the same key is done (however it ended) and a slot is free.
     * The future fails with what escaped the work, or with an {@link InterruptedException} when this was closed
     * before the work could start.
     */
    <R> CompletableFuture<R> submit(Object key, Supplier<? extends R> work) {
        Object chain = key == null ? new Object() : key;
        var result = new CompletableFuture<R>();
        latestByKey.compute(chain, (k, previous) -> {
            if (previous == null) {
                start(work, result);
            } else {
                previous.whenComplete((ignored, failure) -> start(work, result));
            }
            return result;
        });
        result.whenComplete((ignored, failure) -> latestByKey.remove(chain, result));
        return result;
    }

    /**
     * Applies {@code work} to every item and returns once all are done, the results in the items' order.
     *
     * @throws InterruptedException when interrupted while waiting; the work already started finishes
     */
    <T, R> List<R> map(List<T> items, Function<? super T, ?> keyOf, Function<? super T, ? extends R> work)
            throws InterruptedException {
        if (maxInFlight == 1) {
            return items.stream().<R>map(work).toList();
        }
        List<CompletableFuture<R>> started = new ArrayList<>(items.size());
        for (T item : items) {
            started.add(submit(keyOf.apply(item), () -> work.apply(item)));
        }
        List<R> results = new ArrayList<>(items.size());
        for (CompletableFuture<R> future : started) {
            results.add(resultOf(future));
        }
        return results;
    }

    /** Stops: work not yet started fails, running work is interrupted. */
    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** Work is expected to catch its own exceptions; anything else that escaped it is thrown here. */
    static <R> R resultOf(CompletableFuture<R> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** {@link #resultOf} for a future known to be done. */
    static <R> R resultOfDone(CompletableFuture<R> future) throws InterruptedException {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static RuntimeException rethrown(Throwable cause) throws InterruptedException {
        switch (cause) {
            case RuntimeException unchecked -> throw unchecked;
            case Error error -> throw error;
            case InterruptedException interrupted -> throw interrupted;
            default -> throw new IllegalStateException(cause);
        }
    }

    private <R> void start(Supplier<? extends R> work, CompletableFuture<R> result) {
        try {
            threads.execute(() -> runInSlot(work, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new InterruptedException("closed before the work could start"));
        }
    }

    private <R> void runInSlot(Supplier<? extends R> work, CompletableFuture<R> result) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            result.completeExceptionally(e);
            return;
        }
        try {
            result.complete(work.get());
        } catch (Throwable failure) {
            result.completeExceptionally(failure);
        } finally {
            slots.release();
        }
    }
}
