package io.orderstream.platform.health;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import org.apache.kafka.streams.KafkaStreams;

/** Ready while the Streams application runs (a rebalance included); not while it starts, fails or stops. */
public final class KafkaStreamsReadiness implements HealthCheck {

    private final KafkaStreams streams;

    public KafkaStreamsReadiness(KafkaStreams streams) {
        this.streams = streams;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "kafka-streams";
    }

    @Override
    public HealthCheckResponse call() {
        KafkaStreams.State state = streams.state();
        boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        return HealthCheckResponse.builder().status(up).detail("state", state.name()).build();
    }
}
