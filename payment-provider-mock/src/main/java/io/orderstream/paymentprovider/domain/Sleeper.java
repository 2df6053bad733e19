package io.orderstream.paymentprovider.domain;

import io.orderstream.platform.time.TimeSource;
import java.time.Duration;

/** Waits; tests pass one that only records. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration);

    /** Sleeps on the time source; an interrupt ends the sleep early and stays set on the thread. */
    static Sleeper on(TimeSource time) {
        return time::pause;
    }
}
