package io.orderstream.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.billing.domain.Period;
import io.orderstream.localstack.LocalStack;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.db.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed against the real PostgreSQL of the local stack, in a database of its own migrated by billing's migrations. */
class SeederIT {

    private static final Period DECEMBER = Period.of(2026, 12);
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Database database;
    private static Seeder seeder;

    @BeforeAll
    static void migrate() {
        LocalStack stack = LocalStack.shared();
        String name = "seeder_" + UUID.randomUUID().toString().substring(0, 8);
        var env = new Env(Map.of("DATABASE_URL", stack.jdbcUrl(name), "DATABASE_USER", stack.databaseUser(),
                "DATABASE_PASSWORD", stack.databasePassword(), "DATABASE_POOL_SIZE", "5"));
        database = Database.connect(env, "seeder-it", "billing").migrate();
        seeder = new Seeder(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void the_demo_seed_writes_every_customer_and_invoice_of_the_plan_with_one_pending_each() throws SQLException {
        SeedPlan plan = SeedPlan.demo("demo", 100, 10, DECEMBER);

        Seeder.Result result = seeder.seed(plan, NOW, (written, total) -> { });

        assertThat(result.customers()).isEqualTo(100);
        assertThat(result.invoices()).isEqualTo(1000);
        assertThat(result.pending()).isEqualTo(100);
        assertThat(count("SELECT count(*) FROM customers WHERE id LIKE 'cus-demo-%'")).isEqualTo(100);
        assertThat(count("SELECT count(*) FROM invoices WHERE id LIKE 'inv-demo-%'")).isEqualTo(1000);
        assertThat(count("SELECT count(*) FROM invoices WHERE id LIKE 'inv-demo-%' AND status = 'PENDING' AND period = '2026-12'"))
                .isEqualTo(100);
        assertThat(count("SELECT count(DISTINCT customer_id) FROM invoices WHERE id LIKE 'inv-demo-%' AND status = 'PENDING'"))
                .isEqualTo(100);
        assertThat(count("SELECT count(*) FROM invoices WHERE id LIKE 'inv-demo-%' AND status = 'PAID' AND period < '2026-12'"))
                .isEqualTo(900);
    }

    @Test
    void seeded_customers_carry_the_provider_ids_that_make_each_failure_reason_occur() throws SQLException {
        seeder.seed(SeedPlan.demo("kinds", 100, 1, DECEMBER), NOW, (written, total) -> { });

        assertThat(count("SELECT count(*) FROM customers WHERE id LIKE 'cus-kinds-%' AND provider_customer_id LIKE 'missing-%'"))
                .isEqualTo(5);
        assertThat(count("SELECT count(*) FROM customers WHERE id LIKE 'cus-kinds-%' AND provider_customer_id LIKE '%:USD'"
                + " AND currency = 'EUR'")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM customers WHERE id LIKE 'cus-kinds-%' AND provider_customer_id LIKE 'decline-%'"))
                .isEqualTo(5);
    }

    @Test
    void a_seed_that_fails_writes_nothing_at_all() throws SQLException {
        seeder.seed(SeedPlan.demo("twice", 3, 2, DECEMBER), NOW, (written, total) -> { });
        SeedPlan larger = SeedPlan.demo("twice", 5, 2, DECEMBER);

        assertThatThrownBy(() -> seeder.seed(larger, NOW, (written, total) -> { }))
                .isInstanceOf(CliException.class).hasMessageContaining("nothing was written");
        assertThat(count("SELECT count(*) FROM customers WHERE id LIKE 'cus-twice-%'")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM invoices WHERE id LIKE 'inv-twice-%'")).isEqualTo(6);
    }

    @Test
    void a_seed_whose_invoices_fail_midway_deletes_what_it_wrote() throws SQLException {
        seeder.seed(SeedPlan.demo("other", 1, 1, DECEMBER), NOW, (written, total) -> { });
        execute("INSERT INTO invoices (id, customer_id, amount, currency, period, status, created_at, updated_at)"
                + " VALUES ('inv-clash-00000004-0001', 'cus-other-00000001', 100, 'EUR', '2026-12', 'PAID', now(), now())");

        assertThatThrownBy(() -> seeder.seed(SeedPlan.demo("clash", 8, 3, DECEMBER), NOW, (written, total) -> { }))
                .isInstanceOf(CliException.class).hasMessageContaining("deleted again");
        assertThat(count("SELECT count(*) FROM customers WHERE id LIKE 'cus-clash-%'")).isZero();
        assertThat(count("SELECT count(*) FROM invoices WHERE customer_id LIKE 'cus-clash-%'")).isZero();
        assertThat(count("SELECT count(*) FROM invoices WHERE id = 'inv-clash-00000004-0001'")).isEqualTo(1);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void a_big_seed_tells_its_progress_in_chunks_up_to_the_total() {
        var told = new java.util.ArrayList<Long>();

        seeder.seed(SeedPlan.allPending("big", 50_000, Period.of(2025, 1)), NOW, (written, total) -> told.add(written));

        assertThat(told).hasSizeGreaterThan(2).isSorted().last().isEqualTo(50_000L);
    }

    @Test
    void the_benchmark_takes_the_newest_month_without_invoices_or_a_run() {
        seeder.seed(SeedPlan.allPending("used", 5, Period.of(2030, 6)), NOW, (written, total) -> { });
        var queries = new BillingQueries(database.dataSource());

        assertThat(queries.freePeriod(Period.of(2030, 6))).isEqualTo(Period.of(2030, 5));
        assertThat(queries.used(Period.of(2030, 6))).isTrue();
        assertThat(queries.invoicesOf(Period.of(2030, 6))).hasSize(5)
                .allSatisfy(invoice -> assertThat(invoice.status()).isEqualTo("PENDING"));
        assertThat(queries.latency(Period.of(2030, 6))).isEmpty();
    }

    @Test
    void the_demo_seed_takes_the_newest_month_without_a_run_as_invoices_of_a_run_done_would_wait_forever() throws SQLException {
        execute("INSERT INTO billing_runs (period, status, started_by, started_at) VALUES ('2031-03', 'COMPLETED', 'CATCH_UP', now())");
        seeder.seed(SeedPlan.allPending("pending", 5, Period.of(2031, 2)), NOW, (written, total) -> { });
        var queries = new BillingQueries(database.dataSource());

        assertThat(queries.periodWithoutRun(Period.of(2031, 3))).isEqualTo(Period.of(2031, 2));
        assertThat(queries.periodWithoutRun(Period.of(2031, 4))).isEqualTo(Period.of(2031, 4));
    }
}
