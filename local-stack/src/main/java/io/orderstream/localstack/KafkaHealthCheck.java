package io.orderstream.localstack;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Healthy when the broker describes its cluster. One admin client for all polls, created once the port is open. */
final class KafkaHealthCheck implements HealthCheck, AutoCloseable {

    private final String bootstrapServers;
    private final int port;
    private Admin admin;

    KafkaHealthCheck(String bootstrapServers, int port) {
        this.bootstrapServers = bootstrapServers;
        this.port = port;
    }

    @Override
    public boolean isHealthy() {
        // before the port is open an admin client would only log a warning on every poll
        if (admin == null && !PortCheck.isListening("localhost", port)) {
            return false;
        }
        try {
            return !admin().describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close();
        }
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "local-stack-health-check",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000));
        }
        return admin;
    }
}
