package io.orderstream.localstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An Orderstream service run from its jar, with the stack's addresses in its environment. */
final class ServiceProcess {

    static final String DATABASE = "orderstream";

    private static final System.Logger LOG = System.getLogger(ServiceProcess.class.getName());
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final ServiceInstance instance;
    private final Path repositoryRoot;
    private final Map<String, String> variables;
    private final Path jar;
    private final int port;
    private final ManagedProcess process;
    private final String marker;

    ServiceProcess(ServiceInstance instance, Path repositoryRoot, LocalStack stack, Map<String, String> variables) {
        this.instance = instance;
        this.repositoryRoot = repositoryRoot;
        this.variables = variables;
        this.jar = instance.service().jar(repositoryRoot);
        this.port = instance.port(variables);
        WorkDirectory workDirectory = stack.workDirectory();
        this.marker = workDirectory.processMarker();
        Path stateDirectory = workDirectory.directory("state").resolve(instance.name());
        this.process = new ManagedProcess(instance.name(),
                JavaCommand.of(workDirectory, instance.service().maxHeap(), List.of("-jar", jar.toString())),
                environment(instance, port, stack, stateDirectory, variables), stateDirectory, workDirectory);
    }

    /**
     * What a service finds in its environment: the stack's addresses, its port, its instance id, its state directory,
     * the other services (their first instances).
     */
    static Map<String, String> environment(ServiceInstance instance, int port, LocalStack stack, Path stateDirectory,
                                           Map<String, String> variables) {
        ServiceDefinition service = instance.service();
        var environment = new LinkedHashMap<String, String>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        environment.put("SCHEMA_REGISTRY_URL", stack.registryUrl());
        environment.put("SCHEMA_REGISTRY_CCOMPAT_URL", stack.ccompatUrl());
        environment.put("DATABASE_URL", stack.jdbcUrl(DATABASE));
        environment.put("DATABASE_USER", stack.databaseUser());
        environment.put("DATABASE_PASSWORD", stack.databasePassword());
        ServiceDefinition.ALL.forEach(other -> environment.put(other.urlVariable(), "http://localhost:" + other.port(variables)));
        environment.put(service.portVariable(), Integer.toString(port));
        environment.put("STATE_DIR", stateDirectory.toString());
        environment.put("INSTANCE_ID", instance.instanceId());
        return environment;
    }

    String name() {
        return instance.name();
    }

    /** Checked for every service before the stack starts, so that a missing jar or busy port fails in a second, not after a minute. */
    static void requireStartable(ServiceInstance instance, Path repositoryRoot, Map<String, String> variables) {
        Path jar = instance.service().jar(repositoryRoot);
        if (!Files.isRegularFile(jar)) {
            throw new StartupFailedException(instance.name(), jar + " is missing; build it with: ./mvnw -q -DskipTests install");
        }
        PortCheck.requireFree(instance.port(variables), instance.service().portVariable());
    }

    void launch() {
        requireStartable(instance, repositoryRoot, variables);
        process.start();
    }

    void awaitHealthy() {
        long millis = StartupWait.untilHealthy(process, HealthCheck.httpOk(healthUrl()), STARTUP_TIMEOUT).toMillis();
        LOG.log(System.Logger.Level.INFO, () -> name() + " on port " + port + " is healthy after " + millis + " ms");
    }

    void stop() {
        process.stop(STOP_GRACE);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    ComponentState state() {
        return new ComponentState(name(), process.pid().orElse(-1L), port, "http://localhost:" + port,
                healthUrl().toString(), process.logFile(), marker, 0);
    }

    private URI healthUrl() {
        return URI.create("http://localhost:" + port + "/observe/health");
    }
}
