package io.orderstream.billing;

import io.orderstream.localstack.LocalStack;
import java.util.Map;
import java.util.UUID;

/** A database of its own on the shared local stack's PostgreSQL, as the variables billing-scheduler reads. */
final class BillingDatabase {

    private BillingDatabase() {
    }

    static Map<String, String> fresh(String name) {
        LocalStack stack = LocalStack.shared();
        String database = name + "_" + UUID.randomUUID().toString().substring(0, 8);
        return Map.of(
                "DATABASE_URL", stack.jdbcUrl(database),
                "DATABASE_USER", stack.databaseUser(),
                "DATABASE_PASSWORD", stack.databasePassword(),
                "DATABASE_POOL_SIZE", "8");
    }
}
