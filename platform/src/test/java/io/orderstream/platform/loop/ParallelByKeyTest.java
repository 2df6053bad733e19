package io.orderstream.platform.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelByKeyTest {

    @Test
    void returnsTheResultsInTheOrderOfTheItems() throws InterruptedException {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();

        List<String> results = new ParallelByKey(8, "test").map(items, item -> item % 7, item -> "r" + item);

        assertThat(results).isEqualTo(items.stream().map(item -> "r" + item).toList());
    }

    @Test
    void neverRunsMoreThanItsLimitAtOnceAndReachesIt() throws InterruptedException {
        int limit = 4;
        var running = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        // each round lets the work go on only once `limit` of them run side by side
        var allSlotsTaken = new CyclicBarrier(limit);

        new ParallelByKey(limit, "test").map(IntStream.range(0, 5 * limit).boxed().toList(), item -> item, item -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                allSlotsTaken.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("fewer than " + limit + " ran at once", e);
            }
            running.decrementAndGet();
            return item;
        });

        assertThat(mostAtOnce).hasValue(limit);
    }

    @Test
    void runsTheItemsOfOneKeyOneAfterAnotherInTheirOrder() throws InterruptedException {
        var running = new AtomicInteger();
        var overlaps = new AtomicInteger();
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());

        new ParallelByKey(16, "test").map(IntStream.range(0, 50).boxed().toList(), item -> "one key", item -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            seen.add(item);
            running.decrementAndGet();
            return item;
        });

        assertThat(overlaps).hasValue(0);
        assertThat(seen).isEqualTo(IntStream.range(0, 50).boxed().toList());
    }

    @Test
    void runsOnVirtualThreads() throws InterruptedException {
        List<Boolean> virtual = new ParallelByKey(2, "test").map(List.of(1, 2), item -> item,
                item -> Thread.currentThread().isVirtual());

        assertThat(virtual).containsOnly(true);
    }

    @Test
    void runsOnTheCallersThreadWithALimitOfOne() throws InterruptedException {
        Thread caller = Thread.currentThread();

        List<Thread> threads = new ParallelByKey(1, "test").map(List.of(1, 2, 3), item -> item,
                item -> Thread.currentThread());

        assertThat(threads).containsOnly(caller);
    }

    @Test
    void treatsItemsWithoutKeyAsKeysOfTheirOwn() throws InterruptedException {
        var bothRunning = new CyclicBarrier(2);

        List<Integer> results = new ParallelByKey(2, "test").map(List.of(1, 2), item -> null, item -> {
            try {
                bothRunning.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("items without key ran one after another", e);
            }
            return item;
        });

        assertThat(results).containsExactly(1, 2);
    }

    @Test
    void passesOnAFailureThatEscapedTheWork() {
        assertThatThrownBy(() -> new ParallelByKey(2, "test").map(List.of(1, 2), item -> item, item -> {
            throw new IllegalStateException("bug " + item);
        })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("bug");
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> new ParallelByKey(0, "test")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startsSubmittedWorkOfAKeyOnlyOnceTheWorkOfThatKeySubmittedBeforeItIsDone() throws Exception {
        var firstMayFinish = new CountDownLatch(1);
        var parallel = new ParallelByKey(4, "test");

        var first = parallel.submit("key", () -> await(firstMayFinish, "first"));
        var second = parallel.submit("key", () -> "second");
        var other = parallel.submit("other key", () -> "other");

        assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("other");
        assertThat(second).isNotDone();
        firstMayFinish.countDown();
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(first).isCompletedWithValue("first");
        parallel.close();
    }

    @Test
    void startsSubmittedWorkOfAKeyAlsoAfterTheWorkBeforeItFailed() throws Exception {
        var parallel = new ParallelByKey(2, "test");

        var failed = parallel.<String>submit("key", () -> {
            throw new IllegalStateException("bug");
        });
        var next = parallel.submit("key", () -> "next");

        assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("next");
        assertThat(failed).isCompletedExceptionally();
        parallel.close();
    }

    private static String await(CountDownLatch latch, String result) {
        try {
            latch.await();
            return result;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
