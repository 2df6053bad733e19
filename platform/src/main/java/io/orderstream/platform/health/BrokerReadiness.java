package io.orderstream.platform.health;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Ready while the Kafka broker answers: a bounded {@code describeCluster} (2 s), its outcome kept for a few seconds
 * so frequent probes do not load the broker. A service whose broker is gone is not working, whatever its threads say.
 */
public final class BrokerReadiness implements HealthCheck {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration CACHED_FOR = Duration.ofSeconds(3);

    /** What the last probe found, and when. */
    private record Probe(boolean up, String detail, Instant at) {
    }

    private final Admin admin;
    private final Clock clock;
    private volatile Probe last;

    public BrokerReadiness(Admin admin) {
        this(admin, Clock.systemUTC());
    }

    BrokerReadiness(Admin admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "kafka-broker";
    }

    @Override
    public HealthCheckResponse call() {
        Probe probe = last;
        if (probe == null || probe.at().plus(CACHED_FOR).isBefore(clock.instant())) {
            probe = probe();
            last = probe;
        }
        return HealthCheckResponse.builder().status(probe.up()).detail("broker", probe.detail()).build();
    }

    private Probe probe() {
        try {
            var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
            String id = cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            int brokers = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
            return new Probe(brokers > 0, "cluster " + id + ", " + brokers + " broker(s)", clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted", clock.instant());
        } catch (Exception e) {
            return new Probe(false, "unreachable: " + e, clock.instant());
        }
    }
}
