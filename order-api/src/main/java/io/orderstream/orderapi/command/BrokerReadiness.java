package io.orderstream.orderapi.command;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Ready while the broker answers: a describeCluster bounded by {@link #TIMEOUT}, its answer kept for {@link #CACHED}
 * so that health probes do not load the broker. Order-api's own until the platform's BrokerReadiness exists
 * (platform/health); then this one goes.
 */
public final class BrokerReadiness implements HealthCheck, AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration CACHED = Duration.ofSeconds(3);

    private record Probe(Instant at, HealthCheckResponse response) {
    }

    private final Admin admin;
    private final Clock clock;
    private Probe last;

    BrokerReadiness(Admin admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    public static BrokerReadiness connect(KafkaSettings settings) {
        var config = KafkaClientConfigs.admin(settings);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, settings.prefixed("order-api-readiness"));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return new BrokerReadiness(Admin.create(config), Clock.systemUTC());
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public synchronized HealthCheckResponse call() {
        Instant now = clock.instant();
        if (last == null || last.at().plus(CACHED).isBefore(now)) {
            last = new Probe(now, probe());
        }
        return last.response();
    }

    private HealthCheckResponse probe() {
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.builder().status(brokers > 0).detail("brokers", brokers).build();
        } catch (ExecutionException | TimeoutException e) {
            return HealthCheckResponse.builder().status(false).detail("error", String.valueOf(e.getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.builder().status(false).detail("error", "interrupted").build();
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
