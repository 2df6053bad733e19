package io.orderstream.platform.loop;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/** Ready while the loop runs; the detail says why not otherwise (starting, stopped, fenced, failed). */
public final class LoopReadiness implements HealthCheck {

    private final TransactionalLoop<?, ?> loop;

    public LoopReadiness(TransactionalLoop<?, ?> loop) {
        this.loop = loop;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "transactional-loop";
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.builder().status(loop.isRunning()).detail("state", loop.state().name()).build();
    }
}
