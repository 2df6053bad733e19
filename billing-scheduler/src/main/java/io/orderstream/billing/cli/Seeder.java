package io.orderstream.billing.cli;

import io.orderstream.billing.cli.SeedPlan.SeedCustomer;
import io.orderstream.billing.cli.SeedPlan.SeedInvoice;
import io.orderstream.billing.domain.InvoiceStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes a {@link SeedPlan} into billing's tables with PostgreSQL's {@code COPY} (text format): the customers in one
 * transaction, then the invoices in {@link #STREAMS} streams side by side, each over a contiguous range of customers
 * in a transaction of its own (index upkeep and foreign-key checks are the server's work, so one stream keeps one
 * core busy). A failed stream has what the seed wrote deleted again before the failure is reported: a seed is there
 * whole or not at all, unless the process itself is killed midway (then its tag names the rows to delete).
 */
final class Seeder {

    /** Rows sent to the server at once, and how often progress is told. */
    static final int CHUNK = 20_000;
    /** Invoice streams: the 2-core machines this runs on, and not more than a small pool. */
    static final int STREAMS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Connections a seed needs at most. */
    static final int CONNECTIONS = STREAMS;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSXXX")
            .withZone(ZoneOffset.UTC);

    interface Progress {
        void invoicesWritten(long written, long total);
    }

    record Result(int customers, long invoices, long pending, Map<SeedPlan.Kind, Integer> customersByKind) {
    }

    private interface Work<T> {
        T in(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Seeder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Result seed(SeedPlan plan, Instant now, Progress progress) {
        String at = TIMESTAMP.format(now);
        int customers = plan.customersWithInvoices();
        Map<SeedPlan.Kind, Integer> byKind;
        try {
            byKind = inTransaction(connection -> copyCustomers(connection, plan, customers, at));
        } catch (SQLException e) {
            throw CliException.failed("seeding failed, nothing was written: " + e.getMessage(), e);
        }
        var written = new AtomicLong();
        var pending = new AtomicLong();
        Progress shared = (done, total) -> {
            synchronized (progress) {
                progress.invoicesWritten(done, total);
            }
        };
        Throwable failure = null;
        try (ExecutorService streams = Executors.newFixedThreadPool(STREAMS)) {
            var futures = new ArrayList<Future<Void>>();
            for (int[] range : ranges(customers, STREAMS)) {
                futures.add(streams.submit(() -> inTransaction(connection -> {
                    copyInvoices(connection, plan, range[0], range[1], at, written, pending, shared);
                    return null;
                })));
            }
            for (Future<Void> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        }
        if (failure != null) {
            undo(plan, customers, failure);
            throw CliException.failed("seeding failed, what it wrote is deleted again: " + failure.getMessage(), failure);
        }
        shared.invoicesWritten(written.get(), plan.invoices());
        return new Result(customers, written.get(), pending.get(), Map.copyOf(byKind));
    }

    /** {@code [from, to]} customer ranges, as even as can be, at least one customer each. */
    static List<int[]> ranges(int customers, int parts) {
        int count = Math.max(1, Math.min(parts, customers));
        return IntStream.range(0, count)
                .mapToObj(part -> new int[] {(int) ((long) customers * part / count) + 1, (int) ((long) customers * (part + 1) / count)})
                .toList();
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.in(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static Map<SeedPlan.Kind, Integer> copyCustomers(Connection connection, SeedPlan plan, int customers, String at)
            throws SQLException {
        var byKind = new EnumMap<SeedPlan.Kind, Integer>(SeedPlan.Kind.class);
        var rows = new Rows();
        CopyIn copy = copyApi(connection).copyIn("COPY customers (id, name, currency, provider_customer_id, created_at) FROM STDIN");
        try {
            for (int n = 1; n <= customers; n++) {
                SeedCustomer customer = plan.customer(n);
                byKind.merge(customer.kind(), 1, Integer::sum);
                rows.add(customer.id(), customer.name(), customer.currency(), customer.providerCustomerId(), at);
                if (rows.count() >= CHUNK) {
                    rows.sendTo(copy);
                }
            }
            rows.sendTo(copy);
            copy.endCopy();
        } finally {
            cancelIfActive(copy);
        }
        return byKind;
    }

    private static void copyInvoices(Connection connection, SeedPlan plan, int from, int to, String at, AtomicLong written,
                                     AtomicLong pending, Progress progress) throws SQLException {
        var rows = new Rows();
        CopyIn copy = copyApi(connection).copyIn(
                "COPY invoices (id, customer_id, amount, currency, period, status, created_at, updated_at) FROM STDIN");
        try {
            for (int n = from; n <= to; n++) {
                for (SeedInvoice invoice : plan.invoicesOf(n, plan.customer(n))) {
                    rows.add(invoice.id(), invoice.customerId(), Long.toString(invoice.amount()), invoice.currency(),
                            invoice.period().toString(), invoice.status().name(), at, at);
                    if (invoice.status() == InvoiceStatus.PENDING) {
                        pending.incrementAndGet();
                    }
                }
                if (rows.count() >= CHUNK) {
                    tell(progress, written.addAndGet(rows.count()), plan.invoices());
                    rows.sendTo(copy);
                }
            }
            written.addAndGet(rows.count());
            rows.sendTo(copy);
            copy.endCopy();
        } finally {
            cancelIfActive(copy);
        }
    }

    private static void tell(Progress progress, long written, long total) {
        if (written < total) {
            progress.invoicesWritten(written, total);
        }
    }

    /** Deletes the seed's invoices and customers (the streams that committed); a failure here is added to the cause. */
    private void undo(SeedPlan plan, int customers, Throwable cause) {
        try (Connection connection = dataSource.getConnection()) {
            Array ids = connection.createArrayOf("text",
                    IntStream.rangeClosed(1, customers).mapToObj(n -> plan.customer(n).id()).toArray());
            try (PreparedStatement invoices = connection.prepareStatement("DELETE FROM invoices WHERE customer_id = ANY (?)");
                 PreparedStatement seeded = connection.prepareStatement("DELETE FROM customers WHERE id = ANY (?)")) {
                invoices.setArray(1, ids);
                invoices.executeUpdate();
                seeded.setArray(1, ids);
                seeded.executeUpdate();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static org.postgresql.copy.CopyManager copyApi(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private static void cancelIfActive(CopyIn copy) throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    /** Rows in COPY's text format; the plan's values hold no tab, newline or backslash, so nothing needs escaping. */
    private static final class Rows {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        private final StringBuilder line = new StringBuilder(160);
        private int count;

        void add(String... values) {
            line.setLength(0);
            for (int index = 0; index < values.length; index++) {
                if (index > 0) {
                    line.append('\t');
                }
                line.append(values[index]);
            }
            line.append('\n');
            buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            count++;
        }

        int count() {
            return count;
        }

        void sendTo(CopyIn copy) throws SQLException {
            if (count > 0) {
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                buffer.reset();
                count = 0;
            }
        }
    }
}
