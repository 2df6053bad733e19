package io.orderstream.billing;

import io.orderstream.localstack.LocalStack;
import java.util.Map;
import java.util.UUID;

/** The shared local stack's PostgreSQL, a fresh database per call, so each test class has billing's tables alone. */
public final class BillingTestStack {

    private BillingTestStack() {
    }

    /** DATABASE_* variables naming a new database of the shared stack. */
    public static Map<String, String> isolatedDatabase(String testName) {
        LocalStack stack = LocalStack.shared();
        String database = testName.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        return Map.of(
                "DATABASE_URL", stack.jdbcUrl(database),
                "DATABASE_USER", stack.databaseUser(),
                "DATABASE_PASSWORD", stack.databasePassword(),
                "DATABASE_POOL_SIZE", "8");
    }
}
