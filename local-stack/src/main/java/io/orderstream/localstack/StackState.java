package io.orderstream.localstack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the supervisor reports about the stack it runs: its own pid, where it is (starting, up, failed, stopping),
 * the components started so far, and what failed.
 */
record StackState(Status status, long supervisorPid, List<ComponentState> components, Optional<Failure> failure) {

    /** {@code DEGRADED}: was up, and one or more processes died; the supervisor is starting them again. */
    enum Status { STARTING, UP, DEGRADED, FAILED, STOPPING, STOPPED }

    /** @param component the process that did not come up; {@code message} ends with the tail of its log */
    record Failure(String component, String message) {
    }

    static StackState starting(long supervisorPid) {
        return new StackState(Status.STARTING, supervisorPid, List.of(), Optional.empty());
    }

    /** Adds the component, or replaces the one of that name in its place. */
    StackState with(ComponentState component) {
        var updated = new ArrayList<>(components);
        int index = updated.stream().map(ComponentState::name).toList().indexOf(component.name());
        if (index < 0) {
            updated.add(component);
        } else {
            updated.set(index, component);
        }
        return new StackState(status, supervisorPid, List.copyOf(updated), failure);
    }

    StackState with(Status newStatus) {
        return new StackState(newStatus, supervisorPid, components, failure);
    }

    StackState failed(String component, String message) {
        return new StackState(Status.FAILED, supervisorPid, components, Optional.of(new Failure(component, message)));
    }

    /** The state of the supervisor's own making; use the components' live checks to know what really runs. */
    boolean isRunning() {
        return status == Status.UP || status == Status.DEGRADED;
    }

    boolean supervisorAlive() {
        return ProcessHandle.of(supervisorPid).map(ProcessHandle::isAlive).orElse(false);
    }

    Properties toProperties() {
        var properties = new Properties();
        properties.setProperty("status", status.name());
        properties.setProperty("supervisor.pid", Long.toString(supervisorPid));
        properties.setProperty("components", String.join(",", components.stream().map(ComponentState::name).toList()));
        components.forEach(component -> component.writeTo(properties));
        failure.ifPresent(it -> {
            properties.setProperty("failure.component", it.component());
            properties.setProperty("failure.message", it.message());
        });
        return properties;
    }

    static StackState fromProperties(Properties properties) {
        List<ComponentState> components = Arrays.stream(properties.getProperty("components", "").split(","))
                .filter(name -> !name.isBlank())
                .map(name -> ComponentState.readFrom(properties, name))
                .toList();
        Optional<Failure> failure = Optional.ofNullable(properties.getProperty("failure.component"))
                .map(component -> new Failure(component, properties.getProperty("failure.message", "")));
        return new StackState(Status.valueOf(properties.getProperty("status", "STOPPED")),
                Long.parseLong(properties.getProperty("supervisor.pid", "-1")), components, failure);
    }
}
