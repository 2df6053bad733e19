package io.orderstream.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * An Orderstream service that {@code bin/orderstream up} runs from {@code <name>/target/<name>.jar} when the module exists.
 *
 * @param name           module directory and artifact name
 * @param variablePrefix what its variables start with: {@code <PREFIX>_PORT}, {@code <PREFIX>_URL}
 * @param defaultPort    its HTTP port unless {@code <PREFIX>_PORT} says otherwise
 * @param maxHeap        its JVM's heap limit ({@code -Xmx})
 * @param maxInstances   how many copies {@code <PREFIX>_INSTANCES} may ask for
 */
record ServiceDefinition(String name, String variablePrefix, int defaultPort, String maxHeap, int maxInstances) {

    static final String DEFAULT_HEAP = "256m";
    static final int MAX_INSTANCES = 9;

    static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("order-api", "ORDER_API", 8080),
            new ServiceDefinition("order-processor", "ORDER_PROCESSOR", 8081),
            new ServiceDefinition("fulfillment-mock", "FULFILLMENT_MOCK", 8082),
            // a billing run of a million invoices pages through them and books its results in batches
            new ServiceDefinition("billing-scheduler", "BILLING_SCHEDULER", 8083, "512m", MAX_INSTANCES),
            // the gateway it stands for is no mock to its clients: PAYMENT_PROVIDER_PORT, PAYMENT_PROVIDER_URL;
            // it keeps its ledger in memory, and the billing benchmark charges a million times
            // one copy only: two would not share the ledger and the idempotency keys it keeps in memory
            new ServiceDefinition("payment-provider-mock", "PAYMENT_PROVIDER", 8084, "1536m", 1));

    ServiceDefinition(String name, String variablePrefix, int defaultPort) {
        this(name, variablePrefix, defaultPort, DEFAULT_HEAP, MAX_INSTANCES);
    }

    /** The services whose module directory exists in this repository. */
    static List<ServiceDefinition> presentIn(Path repositoryRoot) {
        return ALL.stream().filter(service -> Files.isDirectory(service.moduleDirectory(repositoryRoot))).toList();
    }

    /** {@code ORDER_API_PORT} for {@code order-api}. */
    String portVariable() {
        return variablePrefix() + "_PORT";
    }

    /** {@code ORDER_API_URL} for {@code order-api}: how the other services find this one. */
    String urlVariable() {
        return variablePrefix() + "_URL";
    }

    /** {@code ORDER_API_INSTANCES} for {@code order-api}: how many copies {@code bin/orderstream up} runs. */
    String instancesVariable() {
        return variablePrefix() + "_INSTANCES";
    }

    /** The copies to run: {@code <PREFIX>_INSTANCES} of them, one unless it says otherwise. */
    List<ServiceInstance> instances(Map<String, String> environment) {
        String value = environment.getOrDefault(instancesVariable(), "").trim();
        int count;
        try {
            count = value.isEmpty() ? 1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(instancesVariable() + "=" + value + " is not a number", e);
        }
        if (count < 1 || count > maxInstances) {
            throw new IllegalArgumentException(instancesVariable() + "=" + value + ": " + name() + " runs 1"
                    + (maxInstances > 1 ? " to " + maxInstances : "") + " instance" + (maxInstances > 1 ? "s" : ""));
        }
        return IntStream.range(0, count).mapToObj(index -> new ServiceInstance(this, index)).toList();
    }

    int port(Map<String, String> environment) {
        String value = environment.get(portVariable());
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(portVariable() + "=" + value + " is not a port number", e);
        }
    }

    Path moduleDirectory(Path repositoryRoot) {
        return repositoryRoot.resolve(name);
    }

    Path jar(Path repositoryRoot) {
        return moduleDirectory(repositoryRoot).resolve("target").resolve(name + ".jar");
    }
}
