package io.orderstream.systemtests;

import io.orderstream.billing.BillingSchedulerService;
import io.orderstream.fulfillment.FulfillmentMockService;
import io.orderstream.localstack.LocalStack;
import io.orderstream.orderapi.OrderApi;
import io.orderstream.paymentprovider.PaymentProviderService;
import io.orderstream.platform.config.Env;
import io.orderstream.processor.OrderProcessorService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Every service of Orderstream started in this JVM against the shared real stack, isolated from
 * other tests by its own topic prefix and database; the payment gateway mock stands for the outside.
 */
final class RunningSystem implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private int apiPort;
    private int processorPort;
    private int paymentProviderPort;

    static RunningSystem start() {
        return start(Map.of());
    }

    /** @param overrides environment variables of this run, on top of the defaults of every service */
    static RunningSystem start(Map<String, String> overrides) {
        var system = new RunningSystem();
        try {
            system.startAll(environment(overrides));
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private static Env environment(Map<String, String> overrides) {
        LocalStack stack = LocalStack.shared();
        String isolation = "st" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> variables = new HashMap<>(Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers()),
                Map.entry("SCHEMA_REGISTRY_URL", stack.registryUrl()),
                Map.entry("TOPIC_PREFIX", isolation + "."),
                Map.entry("TOPIC_PARTITIONS", "3"),
                Map.entry("DATABASE_URL", stack.jdbcUrl(isolation)),
                Map.entry("DATABASE_USER", stack.databaseUser()),
                Map.entry("DATABASE_PASSWORD", stack.databasePassword()),
                Map.entry("ORDER_API_PORT", "0"),
                Map.entry("ORDER_PROCESSOR_PORT", "0"),
                Map.entry("FULFILLMENT_MOCK_PORT", "0"),
                Map.entry("BILLING_SCHEDULER_PORT", "0"),
                Map.entry("PAYMENT_PROVIDER_PORT", "0"),
                Map.entry("STATE_DIR", Path.of("target", "state", isolation).toAbsolutePath().toString())));
        variables.putAll(overrides);
        return new Env(variables);
    }

    private void startAll(Env env) {
        PaymentProviderService provider = keep(PaymentProviderService.start(env));
        paymentProviderPort = provider.port();
        Env withProvider = env.with("PAYMENT_PROVIDER_URL", paymentProviderUrl());
        OrderProcessorService processor = keep(OrderProcessorService.start(withProvider));
        processorPort = processor.port();
        awaitRunning(processor);
        keep(FulfillmentMockService.start(withProvider));
        keep(BillingSchedulerService.start(withProvider));
        apiPort = keep(OrderApi.start(withProvider)).port();
    }

    private <T extends AutoCloseable> T keep(T service) {
        started.push(service);
        return service;
    }

    private static void awaitRunning(OrderProcessorService processor) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (processor.state() != KafkaStreams.State.RUNNING) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("order-processor not RUNNING after 60 s: " + processor.state());
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    String apiUrl() {
        return "http://localhost:" + apiPort;
    }

    String processorUrl() {
        return "http://localhost:" + processorPort;
    }

    String paymentProviderUrl() {
        return "http://localhost:" + paymentProviderPort;
    }

    /** Stops the services in the reverse order of their start. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.getLogger(RunningSystem.class.getName()).log(System.Logger.Level.WARNING,
                        "a service failed to stop", e);
            }
        }
    }
}
