package io.orderstream.billing.cli;

import io.orderstream.billing.domain.Period;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.db.Database;
import io.orderstream.platform.time.TimeSource;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code bin/orderstream billing seed|run} and {@code bin/orderstream bench billing} (bin/lib/billing.sh): the second main
 * class of billing-scheduler's jar. Where the stack runs comes from the environment: {@code BILLING_SCHEDULER_URL},
 * {@code PAYMENT_PROVIDER_URL}, {@code DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD}; the current
 * month is taken in {@code BILLING_ZONE} (UTC). Exit status 0 done, 1 failed, 2 wrong command line.
 */
public final class BillingCommand {

    static final String USAGE = """
            usage: bin/orderstream billing seed [--customers N] [--invoices-per-customer M] [--period YYYY-MM]
                   bin/orderstream billing run [--period YYYY-MM]
                   bin/orderstream bench billing [--invoices N] [--sample S] [--period YYYY-MM]
            """;

    private final Env env;
    private final PrintStream out;
    private final PrintStream err;
    private final TimeSource time;
    private final boolean terminal;

    BillingCommand(Env env, PrintStream out, PrintStream err, TimeSource time, boolean terminal) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.time = time;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        var command = new BillingCommand(Env.system(), System.out, System.err, TimeSource.system(), System.console() != null);
        System.exit(command.run(Arrays.asList(args)));
    }

    int run(List<String> arguments) {
        try {
            if (arguments.isEmpty()) {
                err.print(USAGE);
                return 2;
            }
            if (arguments.contains("--help") || arguments.contains("-h") || arguments.get(0).equals("help")) {
                out.print(USAGE);
                return 0;
            }
            List<String> options = arguments.subList(1, arguments.size());
            return switch (arguments.get(0)) {
                case "seed" -> seed(Commands.Seed.parse(options));
                case "run" -> billingRun(Commands.Run.parse(options));
                case "bench" -> bench(Commands.Bench.parse(options));
                default -> throw CliException.usage("unknown command '" + arguments.get(0) + "'");
            };
        } catch (CliException e) {
            err.println("orderstream: " + e.getMessage());
            if (e.usage()) {
                err.print(USAGE);
                return 2;
            }
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("orderstream: interrupted");
            return 1;
        }
    }

    private int seed(Commands.Seed command) {
        try (Database database = database()) {
            Period period = command.period()
                    .orElseGet(() -> new BillingQueries(database.dataSource()).periodWithoutRun(currentPeriod()));
            seed(database, SeedPlan.demo(newTag(), command.customers(), command.invoicesPerCustomer(), period));
            out.printf("charge them: bin/orderstream billing run --period %s%n", period);
        }
        return 0;
    }

    private Seeder.Result seed(Database database, SeedPlan plan) {
        out.printf(Locale.ROOT, "seeding %,d customers and %,d invoices (tag %s) into %s ...%n", plan.customersWithInvoices(),
                plan.invoices(), plan.tag(), env.string("DATABASE_URL", "the default database"));
        var printer = new ProgressPrinter(out, terminal, "seed");
        boolean big = plan.invoices() > Seeder.CHUNK;
        long start = time.nanoTime();
        Seeder.Result result;
        try {
            result = new Seeder(database.dataSource()).seed(plan, time.now(),
                    (written, total) -> {
                        if (big) {
                            printer.update(written, total, time.nanoTime());
                        }
                    });
        } finally {
            printer.finish();
        }
        out.print(SeedReport.of(plan, result, time.since(start)));
        return result;
    }

    private int billingRun(Commands.Run command) throws InterruptedException {
        Period period = command.period().orElseGet(this::currentPeriod);
        BillingRunsClient runs = runsClient(HttpClient.newHttpClient());
        RunView started = runs.start(period);
        out.printf("billing run %s: %s (started %s)%n", period, started.status(), started.startedAt().orElse("?"));
        RunView completed = new RunWatcher(runs, new ProgressPrinter(out, terminal, "run " + period), time).awaitCompleted(period);
        out.print(RunReport.of(completed));
        return 0;
    }

    private int bench(Commands.Bench command) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        BillingRunsClient runs = runsClient(http);
        runs.requireRunsApi();
        var provider = new ProviderClient(http, uri("PAYMENT_PROVIDER_URL", "http://localhost:8084"));
        try (Database database = database()) {
            return new Bench(out, terminal, time, runs, provider, new BillingQueries(database.dataSource()),
                    plan -> seed(database, plan)).run(command, currentPeriod(), newTag());
        }
    }

    private Period currentPeriod() {
        return Period.containing(time.now(), ZoneId.of(env.string("BILLING_ZONE", "UTC")));
    }

    private BillingRunsClient runsClient(HttpClient http) {
        return new BillingRunsClient(http, uri("BILLING_SCHEDULER_URL", "http://localhost:8083"));
    }

    private URI uri(String variable, String absent) {
        return URI.create(env.string(variable, absent));
    }

    /** billing's tables, migrated if the service has not yet; a database that cannot be reached fails the command with why. */
    private Database database() {
        Env pool = env.with("DATABASE_POOL_SIZE", Integer.toString(Seeder.CONNECTIONS + 1));
        try {
            return Database.connect(pool, "billing-cli", "billing").migrate();
        } catch (RuntimeException e) {
            throw CliException.failed("PostgreSQL at " + env.string("DATABASE_URL", "the default address")
                    + " cannot be used (" + e.getMessage() + "); is the stack up (bin/orderstream up)?", e);
        }
    }

    private static String newTag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
