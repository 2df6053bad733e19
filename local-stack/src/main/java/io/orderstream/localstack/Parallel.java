package io.orderstream.localstack;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs tasks side by side, each on a thread of its own, and fails as soon as the first of them fails. */
final class Parallel {

    private Parallel() {
    }

    static void run(List<Runnable> tasks) {
        run(tasks, () -> { });
    }

    /** On the first failure runs {@code onFailure} (which should make the other tasks end soon), waits for them, rethrows it. */
    static void run(List<Runnable> tasks, Runnable onFailure) {
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory())) {
            List<CompletableFuture<Void>> running = tasks.stream().map(task -> CompletableFuture.runAsync(task, executor)).toList();
            try {
                firstFailureOrAll(running).join();
            } catch (CompletionException e) {
                onFailure.run();
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    private static CompletableFuture<Void> firstFailureOrAll(List<CompletableFuture<Void>> running) {
        var outcome = new CompletableFuture<Void>();
        running.forEach(future -> future.whenComplete((ignored, failure) -> {
            if (failure != null) {
                outcome.completeExceptionally(failure);
            }
        }));
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).thenRun(() -> outcome.complete(null));
        return outcome;
    }
}
