package io.orderstream.platform.health;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Ready while the Kafka broker answers: a bounded {@code describeCluster} (2 s), its outcome kept for a few seconds
 * so frequent probes do not load the broker. A service whose broker is gone is not working, whatever its threads say.
 */
public final class BrokerReadiness implements HealthCheck, AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration CACHED_FOR = Duration.ofSeconds(3);

    /** What the last probe found, and when. */
    private record Probe(boolean up, String detail, Instant at) {
    }

    private final Admin admin;
    private final boolean ownsAdmin;
    private final Clock clock;
    private volatile Probe last;

    /** Probes through the caller's admin client, which the caller closes. */
    public BrokerReadiness(Admin admin) {
        this(admin, false, Clock.systemUTC());
    }

    BrokerReadiness(Admin admin, Clock clock) {
        this(admin, false, clock);
    }

    private BrokerReadiness(Admin admin, boolean ownsAdmin, Clock clock) {
        this.admin = admin;
        this.ownsAdmin = ownsAdmin;
        this.clock = clock;
    }

    /** Probes through an admin client of its own (client id {@code <prefix><clientId>}), closed with it. */
    public static BrokerReadiness connect(KafkaSettings settings, String clientId) {
        var config = KafkaClientConfigs.admin(settings);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, settings.prefixed(clientId));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return new BrokerReadiness(Admin.create(config), true, Clock.systemUTC());
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

    @Override
    public void close() {
        if (ownsAdmin) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
