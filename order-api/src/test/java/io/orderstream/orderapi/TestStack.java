package io.orderstream.orderapi;

import io.orderstream.localstack.LocalStack;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.db.Database;
import java.util.Map;
import java.util.UUID;

/** The shared real stack (Kafka, Apicurio Registry, PostgreSQL), isolated per test class. */
public final class TestStack {

    private TestStack() {
    }

    /** The service's environment with a topic prefix and a database of its own, and any free port. */
    public static Env isolatedEnv(String testName) {
        LocalStack stack = LocalStack.shared();
        String isolation = testName.toLowerCase() + "_" + UUID.randomUUID().toString().substring(0, 8);
        return new Env(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                "SCHEMA_REGISTRY_URL", stack.registryUrl(),
                "TOPIC_PREFIX", isolation + ".",
                "TOPIC_PARTITIONS", "3",
                "DATABASE_URL", stack.jdbcUrl(isolation),
                "DATABASE_USER", stack.databaseUser(),
                "DATABASE_PASSWORD", stack.databasePassword(),
                "DATABASE_POOL_SIZE", "8",
                "ORDER_API_PORT", "0"));
    }

    /** A fresh database of its own with the service's migrations applied. */
    public static Database migratedDatabase(String testName) {
        return Database.connect(isolatedEnv(testName), testName).migrate();
    }
}
