package io.orderstream.orderapi.consumer;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/** Ready while the consumer loop runs: a stopped loop means results or projections no longer arrive. */
public final class ConsumerLoopReadiness implements HealthCheck {

    private final ConsumerLoop<?> loop;

    public ConsumerLoopReadiness(ConsumerLoop<?> loop) {
        this.loop = loop;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return loop.name();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.builder().status(loop.isRunning()).build();
    }
}
