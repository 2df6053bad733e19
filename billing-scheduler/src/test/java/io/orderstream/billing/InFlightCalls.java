package io.orderstream.billing;

import io.orderstream.paymentprovider.domain.Sleeper;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** The provider's latency, spent really, counting how many calls spend it at the same time. */
final class InFlightCalls implements Sleeper {

    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    int most() {
        return most.get();
    }

    @Override
    public void sleep(Duration duration) {
        most.accumulateAndGet(now.incrementAndGet(), Math::max);
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            now.decrementAndGet();
        }
    }
}
