package io.orderstream.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.health.HealthCheckResponse;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

class BrokerReadinessTest {

    @Test
    void a_broker_that_does_not_answer_makes_the_service_not_ready_within_the_bound() throws Exception {
        int unusedPort;
        try (var socket = new ServerSocket(0)) {
            unusedPort = socket.getLocalPort();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + unusedPort,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 100))) {
            var readiness = new BrokerReadiness(admin);
            Instant start = Instant.now();

            HealthCheckResponse response = readiness.call();

            assertThat(response.status()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(Duration.between(start, Instant.now()))
                    .isLessThan(BrokerReadiness.TIMEOUT.multipliedBy(3));
            assertThat(response.details().get("broker")).asString().startsWith("unreachable");
        }
    }
}
