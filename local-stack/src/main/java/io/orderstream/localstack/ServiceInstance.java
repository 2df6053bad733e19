package io.orderstream.localstack;

import java.util.Map;

/**
 * One running copy of a service. The first keeps the service's name and port; the n-th is {@code <name>-<n>} on the
 * service's port plus {@value #PORT_STEP}·(n-1), with {@code INSTANCE_ID} n-1 (what makes its transactional ids its
 * own) and a state directory of its own.
 */
record ServiceInstance(ServiceDefinition service, int index) {

    static final int PORT_STEP = 100;

    String name() {
        return index == 0 ? service.name() : service.name() + "-" + (index + 1);
    }

    int port(Map<String, String> environment) {
        return service.port(environment) + PORT_STEP * index;
    }

    String instanceId() {
        return Integer.toString(index);
    }
}
