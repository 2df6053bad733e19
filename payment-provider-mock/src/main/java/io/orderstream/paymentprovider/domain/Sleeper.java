package io.orderstream.paymentprovider.domain;

import java.time.Duration;

/** Waits; tests pass one that only records. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration);

    /** Really sleeps; an interrupt ends the sleep early and stays set on the thread. */
    static Sleeper real() {
        return duration -> {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
