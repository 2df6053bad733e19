package io.orderstream.paymentprovider.domain;

import java.util.random.RandomGenerator;

/** Decides, call by call, whether the network fails it. */
@FunctionalInterface
public interface NetworkFaults {

    NetworkFault next();

    static NetworkFaults none() {
        return () -> NetworkFault.NONE;
    }

    /**
     * Faults on {@code ratio} of the calls, half of them before the charge and half after.
     * A fresh draw per call, so a retry under the same key may go through.
     */
    static NetworkFaults random(double ratio, RandomGenerator random) {
        if (ratio < 0 || ratio > 1) {
            throw new IllegalArgumentException("fault ratio must be within 0..1, was " + ratio);
        }
        return () -> {
            double draw = random.nextDouble();
            if (draw < ratio / 2) {
                return NetworkFault.DROP_BEFORE_CHARGE;
            }
            return draw < ratio ? NetworkFault.DROP_AFTER_CHARGE : NetworkFault.NONE;
        };
    }
}
