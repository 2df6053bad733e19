package io.orderstream.paymentprovider.domain;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Network faults in a given order, then none. */
public final class ScriptedFaults implements NetworkFaults {

    private final ConcurrentLinkedQueue<NetworkFault> script;

    public ScriptedFaults(NetworkFault... faults) {
        this.script = new ConcurrentLinkedQueue<>(List.of(faults));
    }

    @Override
    public NetworkFault next() {
        NetworkFault fault = script.poll();
        return fault == null ? NetworkFault.NONE : fault;
    }
}
