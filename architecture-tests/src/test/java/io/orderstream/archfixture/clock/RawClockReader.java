package io.orderstream.archfixture.clock;

import java.util.concurrent.locks.LockSupport;

/** Reads the machine's clocks and sleeps directly: each call breaks the time rule. */
public final class RawClockReader {

    public long nanos() {
        return System.nanoTime();
    }

    public long millis() {
        return System.currentTimeMillis();
    }

    public void nap() throws InterruptedException {
        Thread.sleep(1);
    }

    public void park() {
        LockSupport.parkNanos(1);
    }
}
