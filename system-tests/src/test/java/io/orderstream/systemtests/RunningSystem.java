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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Every service of Orderstream started in this JVM against the shared real stack, isolated from
 * other tests by its own topic prefix and database; the payment gateway mock stands for the outside. A test may
 * leave a service out, or run the order-processor or the billing-scheduler (the payment worker) in a JVM of its own
 * to kill it with {@code kill -9} and start it again.
 */
final class RunningSystem implements AutoCloseable {

    /** The services a test may leave out or run in a process of its own. */
    enum Service {
        ORDER_PROCESSOR("io.orderstream.processor.Main", "ORDER_PROCESSOR_PORT"),
        FULFILLMENT_MOCK("io.orderstream.fulfillment.Main", "FULFILLMENT_MOCK_PORT"),
        BILLING_SCHEDULER("io.orderstream.billing.Main", "BILLING_SCHEDULER_PORT");

        private final String mainClass;
        private final String portVariable;

        Service(String mainClass, String portVariable) {
            this.mainClass = mainClass;
            this.portVariable = portVariable;
        }

        String mainClass() {
            return mainClass;
        }

        String portVariable() {
            return portVariable;
        }
    }

    /** How a test wants the system: its environment, the services left out, those run in a process of their own. */
    static final class Options {
        private final Map<String, String> overrides = new HashMap<>();
        private final Set<Service> without = EnumSet.noneOf(Service.class);
        private final Set<Service> inOwnProcess = EnumSet.noneOf(Service.class);

        Options env(Map<String, String> variables) {
            overrides.putAll(variables);
            return this;
        }

        Options without(Service service) {
            without.add(service);
            return this;
        }

        Options inOwnProcess(Service service) {
            inOwnProcess.add(service);
            return this;
        }

        RunningSystem start() {
            var system = new RunningSystem(environment(overrides));
            try {
                system.startAll(without, inOwnProcess);
                return system;
            } catch (RuntimeException e) {
                system.close();
                throw e;
            }
        }
    }

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<Service, ServiceProcess> processes = new EnumMap<>(Service.class);
    private final Map<String, String> variables;
    private int apiPort;
    private int processorPort;
    private int paymentProviderPort;

    private RunningSystem(Map<String, String> variables) {
        this.variables = variables;
    }

    static RunningSystem start() {
        return start(Map.of());
    }

    /** @param overrides environment variables of this run, on top of the defaults of every service */
    static RunningSystem start(Map<String, String> overrides) {
        return options().env(overrides).start();
    }

    static Options options() {
        return new Options();
    }

    private static Map<String, String> environment(Map<String, String> overrides) {
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
                Map.entry("ORDERSTREAM_ADMIN_TOKEN", "admin-" + isolation),
                Map.entry("ORDER_API_PORT", "0"),
                Map.entry("ORDER_PROCESSOR_PORT", "0"),
                Map.entry("FULFILLMENT_MOCK_PORT", "0"),
                Map.entry("BILLING_SCHEDULER_PORT", "0"),
                Map.entry("PAYMENT_PROVIDER_PORT", "0"),
                Map.entry("STATE_DIR", Path.of("target", "state", isolation).toAbsolutePath().toString())));
        variables.putAll(overrides);
        return variables;
    }

    private void startAll(Set<Service> without, Set<Service> inOwnProcess) {
        PaymentProviderService provider = keep(PaymentProviderService.start(new Env(variables)));
        paymentProviderPort = provider.port();
        variables.put("PAYMENT_PROVIDER_URL", paymentProviderUrl());
        Env env = new Env(variables);
        for (Service service : Service.values()) {
            if (inOwnProcess.contains(service)) {
                startProcess(service);
            } else if (!without.contains(service)) {
                startInThisJvm(service, env);
            }
        }
        apiPort = keep(OrderApi.start(env)).port();
    }

    private void startInThisJvm(Service service, Env env) {
        switch (service) {
            case ORDER_PROCESSOR -> {
                OrderProcessorService processor = keep(OrderProcessorService.start(env));
                processorPort = processor.port();
                awaitRunning(processor);
            }
            case FULFILLMENT_MOCK -> keep(FulfillmentMockService.start(env));
            case BILLING_SCHEDULER -> keep(BillingSchedulerService.start(env));
        }
    }

    /** Starts (again) a service that runs in a process of its own, with this system's environment; waits until ready. */
    void startProcess(Service service) {
        if (processes.containsKey(service) && processes.get(service).isAlive()) {
            throw new IllegalStateException(service + " runs already");
        }
        processes.put(service, ServiceProcess.start(service, variables));
    }

    /** {@code kill -9} of a service started with {@link Options#inOwnProcess}. */
    void kill(Service service) {
        ServiceProcess process = processes.get(service);
        if (process == null) {
            throw new IllegalStateException(service + " does not run in a process of its own");
        }
        process.kill();
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
        ServiceProcess own = processes.get(Service.ORDER_PROCESSOR);
        return "http://localhost:" + (own == null ? processorPort : own.port);
    }

    String paymentProviderUrl() {
        return "http://localhost:" + paymentProviderPort;
    }

    /** The prefix of this system's topics ({@code TOPIC_PREFIX}). */
    String topicPrefix() {
        return variables.get("TOPIC_PREFIX");
    }

    /** The operator's token ({@code ORDERSTREAM_ADMIN_TOKEN}) of this system. */
    String adminToken() {
        return variables.get("ORDERSTREAM_ADMIN_TOKEN");
    }

    /** Stops the services in the reverse order of their start, and kills those in processes of their own. */
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
        processes.values().forEach(ServiceProcess::close);
    }
}
