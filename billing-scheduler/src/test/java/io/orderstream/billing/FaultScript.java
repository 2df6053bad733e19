package io.orderstream.billing;

import io.orderstream.paymentprovider.domain.NetworkFault;
import io.orderstream.paymentprovider.domain.NetworkFaults;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The provider's network faults in the order a test wants them, then none. */
public final class FaultScript implements NetworkFaults {

    private final Queue<NetworkFault> next = new ConcurrentLinkedQueue<>();

    public void then(NetworkFault... faults) {
        next.addAll(List.of(faults));
    }

    public boolean isUsedUp() {
        return next.isEmpty();
    }

    @Override
    public NetworkFault next() {
        NetworkFault fault = next.poll();
        return fault == null ? NetworkFault.NONE : fault;
    }
}
