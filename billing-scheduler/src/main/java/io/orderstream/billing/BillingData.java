package io.orderstream.billing;

import io.helidon.health.HealthCheck;
import io.helidon.webserver.http.HttpRouting;
import io.orderstream.billing.api.CustomerRoutes;
import io.orderstream.billing.api.InvoiceRoutes;
import io.orderstream.billing.api.StoreFailures;
import io.orderstream.billing.store.CustomerStore;
import io.orderstream.billing.store.IdempotentRequests;
import io.orderstream.billing.store.InvoiceStore;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.db.Database;
import io.orderstream.platform.health.DatabaseReadiness;
import io.orderstream.platform.time.TimeSource;
import javax.sql.DataSource;

/**
 * Billing's data: the {@code billing} schema of the shared PostgreSQL database (migrated on connect), its stores,
 * the customer and invoice routes and the database's readiness. DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD and
 * DATABASE_POOL_SIZE ({@link Database}).
 */
public final class BillingData implements AutoCloseable {

    public static final String SCHEMA = "billing";

    private final Database database;
    private final CustomerStore customers;
    private final InvoiceStore invoices;
    private final IdempotentRequests requests;
    private final TimeSource time;

    private BillingData(Database database, TimeSource time) {
        this.database = database;
        this.customers = new CustomerStore(database.dataSource());
        this.invoices = new InvoiceStore(database.dataSource());
        this.requests = new IdempotentRequests(database.dataSource());
        this.time = time;
    }

    /** Connects and migrates (Flyway, schema {@value #SCHEMA}). */
    public static BillingData connect(Env env, TimeSource time) {
        return new BillingData(Database.connect(env, BillingSchedulerService.SERVICE, SCHEMA).migrate(), time);
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    public CustomerStore customers() {
        return customers;
    }

    public InvoiceStore invoices() {
        return invoices;
    }

    /** {@code /customers} and {@code /invoices}, and a failing database answered 503 on every route. */
    public void routes(HttpRouting.Builder routing) {
        new CustomerRoutes(customers, requests, time).register(routing);
        new InvoiceRoutes(customers, invoices, requests, time).register(routing);
        StoreFailures.register(routing);
    }

    /** Ready while the database answers within a second. */
    public HealthCheck readiness() {
        return new DatabaseReadiness(database.dataSource());
    }

    @Override
    public void close() {
        database.close();
    }
}
