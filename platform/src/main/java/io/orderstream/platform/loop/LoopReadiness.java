package io.orderstream.platform.loop;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Ready while a loop runs: a stopped loop means its records no longer get handled. For a {@link TransactionalLoop}
 * the detail says why not otherwise (starting, stopped, fenced, failed).
 */
public final class LoopReadiness implements HealthCheck {

    private final String name;
    private final BooleanSupplier running;
    private final Supplier<String> state;

    public LoopReadiness(TransactionalLoop<?, ?> loop) {
        this("transactional-loop", loop::isRunning, () -> loop.state().name());
    }

    /** Any other loop, by its name and whether it runs. */
    public LoopReadiness(String name, BooleanSupplier running) {
        this(name, running, null);
    }

    private LoopReadiness(String name, BooleanSupplier running, Supplier<String> state) {
        this.name = name;
        this.running = running;
        this.state = state;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponse.Builder response = HealthCheckResponse.builder().status(running.getAsBoolean());
        if (state != null) {
            response.detail("state", state.get());
        }
        return response.build();
    }
}
