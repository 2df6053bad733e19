package io.orderstream.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The long-lived process behind {@code bin/orderstream up}: starts the stack and the services, reports progress in the
 * state file, starts again what dies (see {@link RestartPolicy}), and on SIGTERM stops the services, then the stack.
 */
final class Supervisor {

    private static final System.Logger LOG = System.getLogger(Supervisor.class.getName());
    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

    private final LauncherEnvironment environment;
    private final StateFile stateFile;
    private final RestartPolicy restartPolicy;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<Supervised> supervised = new ArrayList<>();
    private final Map<String, List<Instant>> restarts = new HashMap<>();
    private final Set<String> givenUp = new HashSet<>();
    private volatile boolean stopping;
    private StackState state;
    private LocalStack stack;

    /** A process the supervisor keeps running: whether it runs, how to start it again (until healthy), what to record. */
    private record Supervised(String name, BooleanSupplier alive, Runnable restart, Supplier<ComponentState> state) {
    }

    Supervisor(LauncherEnvironment environment) {
        this(environment, RestartPolicy.DEFAULT);
    }

    Supervisor(LauncherEnvironment environment, RestartPolicy restartPolicy) {
        this.environment = environment;
        this.stateFile = environment.stateFile();
        this.restartPolicy = restartPolicy;
    }

    /** Returns only if starting failed; otherwise runs until the JVM is told to stop. */
    int run() {
        update(StackState.starting(ProcessHandle.current().pid()));
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutDown, "orderstream-supervisor-shutdown"));
        try {
            instances().forEach(instance -> ServiceProcess.requireStartable(instance, environment.repositoryRoot(),
                    environment.variables()));
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
        superviseUntilStopped();
        return 0;
    }

    private void startInfrastructure() {
        LocalStack started = LocalStack.start(environment.settings());
        synchronized (this) {
            stack = started;
        }
        PostgresServer postgres = stack.postgres();
        KafkaBroker kafka = stack.kafka();
        ApicurioRegistry registry = stack.registry();
        supervise(new Supervised("postgres", postgres::isRunning, postgres::start, this::postgresState));
        supervise(new Supervised("kafka", kafka::isRunning, kafka::start, this::kafkaState));
        supervise(new Supervised("registry", registry::isRunning, registry::start, this::registryState));
    }

    private void startServices() {
        for (ServiceInstance instance : instances()) {
            var service = new ServiceProcess(instance, environment.repositoryRoot(), stack, environment.variables());
            synchronized (this) {
                services.add(service);
            }
            service.launch();
        }
        for (ServiceProcess service : List.copyOf(services)) {
            service.awaitHealthy();
            supervise(new Supervised(service.name(), service::isAlive, () -> {
                service.launch();
                service.awaitHealthy();
            }, service::state));
        }
    }

    /** Every copy of every service present, each service's copies together ({@code <PREFIX>_INSTANCES}). */
    private List<ServiceInstance> instances() {
        return ServiceDefinition.presentIn(environment.repositoryRoot()).stream()
                .flatMap(service -> service.instances(environment.variables()).stream())
                .toList();
    }

    private synchronized void supervise(Supervised component) {
        supervised.add(component);
        update(state.with(component.state().get()));
    }

    /** Every second: start again what died, unless the restart policy says wait or give up. */
    private void superviseUntilStopped() {
        while (!stopping) {
            if (restartRequested()) {
                synchronized (this) {
                    restarts.values().forEach(List::clear);
                    givenUp.clear();
                }
            }
            List.copyOf(supervised).forEach(this::keepRunning);
            pause();
        }
    }

    private void keepRunning(Supervised component) {
        if (stopping || component.alive().getAsBoolean() || givenUp.contains(component.name())) {
            return;
        }
        markDegraded();
        List<Instant> history = restarts.computeIfAbsent(component.name(), name -> new ArrayList<>());
        Instant now = Instant.now();
        switch (restartPolicy.decide(history, now)) {
            case RestartPolicy.GiveUp giveUp -> {
                givenUp.add(component.name());
                LOG.log(System.Logger.Level.ERROR, () -> component.name() + " died again after " + giveUp.restartsInWindow()
                        + " restarts within " + restartPolicy.window() + "; no more restarts until the next bin/orderstream up");
            }
            case RestartPolicy.RestartAt restart when !restart.at().isAfter(now) -> restart(component, history, now);
            case RestartPolicy.RestartAt notYet -> {
                // its backoff has not passed yet
            }
        }
    }

    /** Under the lock, so that a stop (SIGTERM) waits for a restart in progress and then stops what it started. */
    private synchronized void restart(Supervised component, List<Instant> history, Instant now) {
        if (stopping) {
            return;
        }
        history.add(now);
        int total = totalRestarts(component) + 1;
        LOG.log(System.Logger.Level.WARNING, () -> component.name() + " is not running; starting it again (restart " + total + ")");
        try {
            component.restart().run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, () -> component.name() + " did not come back: " + e.getMessage());
        }
        update(state.with(component.state().get().withRestarts(total)));
        if (supervised.stream().allMatch(it -> it.alive().getAsBoolean())) {
            update(state.with(StackState.Status.UP));
        }
    }

    private int totalRestarts(Supervised component) {
        return state.components().stream().filter(it -> it.name().equals(component.name()))
                .mapToInt(ComponentState::restarts).findFirst().orElse(0);
    }

    private synchronized void markDegraded() {
        if (!stopping && state.status() == StackState.Status.UP) {
            update(state.with(StackState.Status.DEGRADED));
        }
    }

    private boolean restartRequested() {
        try {
            return Files.deleteIfExists(environment.restartRequest());
        } catch (IOException e) {
            return false;
        }
    }

    private void shutDown() {
        stopping = true;
        synchronized (this) {
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
        return new ComponentState("postgres", postgres.pid().orElse(-1L), postgres.port(), postgres.jdbcUrl(ServiceProcess.DATABASE),
                "tcp://localhost:" + postgres.port(), postgres.logFile(), postgres.dataDirectory().toString(), 0);
    }

    private ComponentState kafkaState() {
        KafkaBroker kafka = stack.kafka();
        return new ComponentState("kafka", kafka.pid().orElse(-1L), kafka.port(), kafka.bootstrapServers(),
                "tcp://localhost:" + kafka.port(), kafka.logFile(), stack.workDirectory().processMarker(), 0);
    }

    private ComponentState registryState() {
        ApicurioRegistry registry = stack.registry();
        return new ComponentState("registry", registry.pid().orElse(-1L), registry.port(), registry.registryUrl(),
                registry.healthUrl().toString(), registry.logFile(), stack.workDirectory().processMarker(), 0);
    }

    private static void pause() {
        try {
            Thread.sleep(CHECK_INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
