package io.orderstream.billing.cli;

import io.orderstream.billing.cli.SeedPlan.SeedCustomer;
import io.orderstream.billing.cli.SeedPlan.SeedInvoice;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes a {@link SeedPlan} into billing's tables with PostgreSQL's {@code COPY} (text format), customers then
 * invoices, in one transaction: a seed is there entirely or not at all.
 */
final class Seeder {

    /** Rows sent to the server at once, and how often progress is told. */
    static final int CHUNK = 20_000;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSXXX")
            .withZone(ZoneOffset.UTC);

    interface Progress {
        void invoicesWritten(long written, long total);
    }

    record Result(int customers, long invoices, long pending, Map<SeedPlan.Kind, Integer> customersByKind) {
    }

    private final DataSource dataSource;

    Seeder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Result seed(SeedPlan plan, Instant now, Progress progress) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Result result = copy(connection, plan, TIMESTAMP.format(now), progress);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw CliException.failed("seeding failed, nothing was written: " + e.getMessage(), e);
        }
    }

    private static Result copy(Connection connection, SeedPlan plan, String now, Progress progress) throws SQLException {
        var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
        int customers = plan.customersWithInvoices();
        var byKind = new EnumMap<SeedPlan.Kind, Integer>(SeedPlan.Kind.class);
        var rows = new Rows();
        CopyIn customerCopy = copyApi.copyIn(
                "COPY customers (id, name, currency, provider_customer_id, created_at) FROM STDIN");
        try {
            for (int n = 1; n <= customers; n++) {
                SeedCustomer customer = plan.customer(n);
                byKind.merge(customer.kind(), 1, Integer::sum);
                rows.add(customer.id(), customer.name(), customer.currency(), customer.providerCustomerId(), now);
                if (rows.count() >= CHUNK) {
                    rows.sendTo(customerCopy);
                }
            }
            rows.sendTo(customerCopy);
            customerCopy.endCopy();
        } finally {
            cancelIfActive(customerCopy);
        }
        long written = 0;
        long pending = 0;
        CopyIn invoiceCopy = copyApi.copyIn(
                "COPY invoices (id, customer_id, amount, currency, period, status, created_at, updated_at) FROM STDIN");
        try {
            for (int n = 1; n <= customers; n++) {
                SeedCustomer customer = plan.customer(n);
                for (SeedInvoice invoice : plan.invoicesOf(n, customer)) {
                    rows.add(invoice.id(), invoice.customerId(), Long.toString(invoice.amount()), invoice.currency(),
                            invoice.period().toString(), invoice.status().name(), now, now);
                    written++;
                    if (invoice.status() == io.orderstream.billing.domain.InvoiceStatus.PENDING) {
                        pending++;
                    }
                }
                if (rows.count() >= CHUNK) {
                    rows.sendTo(invoiceCopy);
                    progress.invoicesWritten(written, plan.invoices());
                }
            }
            rows.sendTo(invoiceCopy);
            invoiceCopy.endCopy();
            progress.invoicesWritten(written, plan.invoices());
        } finally {
            cancelIfActive(invoiceCopy);
        }
        return new Result(customers, written, pending, Map.copyOf(byKind));
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
