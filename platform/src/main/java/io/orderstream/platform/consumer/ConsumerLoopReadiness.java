package io.orderstream.platform.consumer;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Ready while a consumer loop runs and gets its batches through: a loop that has failed for longer than
 * {@code stuckAfter} (the database refusing a row, a registry or database outage) is DOWN with its reason, since
 * the rows it should store are not being stored.
 */
public final class ConsumerLoopReadiness implements HealthCheck {

    /** How long a loop may fail before it is reported DOWN. */
    public static final Duration STUCK_AFTER = Duration.ofSeconds(30);

    private final ConsumerLoop loop;
    private final Duration stuckAfter;
    private final Clock clock;

    public ConsumerLoopReadiness(ConsumerLoop loop, Duration stuckAfter, Clock clock) {
        this.loop = loop;
        this.stuckAfter = stuckAfter;
        this.clock = clock;
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
        Optional<ConsumerLoop.Stall> stall = loop.stall();
        if (!loop.isRunning()) {
            return down("stopped", stall);
        }
        if (stall.isPresent() && stall.get().since().plus(stuckAfter).isBefore(clock.instant())) {
            return down("stuck", stall);
        }
        return HealthCheckResponse.builder().status(true).detail("state", "running").build();
    }

    private static HealthCheckResponse down(String state, Optional<ConsumerLoop.Stall> stall) {
        HealthCheckResponse.Builder response = HealthCheckResponse.builder().status(false).detail("state", state);
        stall.ifPresent(s -> response.detail("failingSince", s.since().toString()).detail("reason", s.reason()));
        return response.build();
    }
}
