package io.orderstream.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The long-lived process behind {@code bin/orderstream up}: starts the stack and the services, reports progress in the
 * state file, and on SIGTERM stops the services, then the stack.
 */
final class Supervisor {

    private final LauncherEnvironment environment;
    private final StateFile stateFile;
    private final List<ServiceProcess> services = new ArrayList<>();
    private StackState state;
    private LocalStack stack;

    Supervisor(LauncherEnvironment environment) {
        this.environment = environment;
        this.stateFile = environment.stateFile();
    }

    /** Returns only if starting failed; otherwise runs until the JVM is told to stop. */
    int run() {
        update(StackState.starting(ProcessHandle.current().pid()));
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutDown, "orderstream-supervisor-shutdown"));
        try {
            ServiceDefinition.presentIn(environment.repositoryRoot())
                    .forEach(service -> ServiceProcess.requireStartable(service, environment.repositoryRoot(), environment.variables()));
            startInfrastructure();
            startServices();
            update(state.with(StackState.Status.UP));
        } catch (StartupFailedException e) {
            reportFailure(e.component(), e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            reportFailure("supervisor", String.valueOf(e.getMessage()));
            return 1;
        }
        awaitShutdown();
        return 0;
    }

    private void startInfrastructure() {
        LocalStack started = LocalStack.start(environment.settings());
        synchronized (this) {
            stack = started;
        }
        update(state.with(postgresState()).with(kafkaState()).with(registryState()));
    }

    private void startServices() {
        for (ServiceDefinition definition : ServiceDefinition.presentIn(environment.repositoryRoot())) {
            var service = new ServiceProcess(definition, environment.repositoryRoot(), stack, environment.variables());
            synchronized (this) {
                services.add(service);
            }
            service.launch();
        }
        for (ServiceProcess service : List.copyOf(services)) {
            service.awaitHealthy();
            update(state.with(service.state()));
        }
    }

    private synchronized void shutDown() {
        boolean failed = state.status() == StackState.Status.FAILED;
        if (!failed) {
            update(state.with(StackState.Status.STOPPING));
        }
        services.reversed().forEach(ServiceProcess::stop);
        if (stack != null) {
            stack.close();
        }
        if (!failed) {
            update(state.with(StackState.Status.STOPPED));
        }
    }

    /** A start interrupted by SIGTERM is a stop, not a failure. */
    private synchronized void reportFailure(String component, String message) {
        if (state.status() == StackState.Status.STARTING) {
            update(state.failed(component, message));
        }
    }

    private synchronized void update(StackState newState) {
        state = newState;
        stateFile.write(newState);
    }

    private ComponentState postgresState() {
        PostgresServer postgres = stack.postgres();
        return new ComponentState("postgres", postgres.pid().orElse(-1L), postgres.port(), stack.jdbcUrl(ServiceProcess.DATABASE),
                "tcp://localhost:" + postgres.port(), postgres.logFile());
    }

    private ComponentState kafkaState() {
        KafkaBroker kafka = stack.kafka();
        return new ComponentState("kafka", kafka.pid().orElse(-1L), kafka.port(), kafka.bootstrapServers(),
                "tcp://localhost:" + kafka.port(), kafka.logFile());
    }

    private ComponentState registryState() {
        ApicurioRegistry registry = stack.registry();
        return new ComponentState("registry", registry.pid().orElse(-1L), registry.port(), registry.registryUrl(),
                registry.healthUrl().toString(), registry.logFile());
    }

    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
