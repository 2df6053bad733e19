package io.orderstream.billing.results;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.billing.domain.Booking;
import io.orderstream.billing.domain.Bookkeeping;
import io.orderstream.billing.domain.ChargeResult;
import io.orderstream.billing.domain.DunningSchedule;
import io.orderstream.billing.domain.FailureReason;
import io.orderstream.billing.domain.Invoice;
import io.orderstream.billing.domain.InvoiceStatus;
import io.orderstream.billing.domain.ResultStatus;
import io.orderstream.billing.run.InvoiceRows;
import io.orderstream.platform.consumer.GroupListener;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentResult;
import java.lang.System.Logger.Level;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Books a batch of payments.results in the consumer's PostgreSQL transaction (which also stores the offsets): locks
 * the batch's invoices, applies {@link Bookkeeping#book} to each result in order, writes the changed invoices and
 * one invoice_attempts row per booked result. Results of orders are not ours and are skipped; a result for an
 * invoice the database does not have fails the batch, which the platform's consumer then stores record by record
 * and dead-letters the one that fails ({@code payments.results.dlq}). Each failure is logged and counted in
 * {@code orderstream_billing_invoice_failures_total{reason}} (a batch the database rolls back and that is stored
 * again may count twice; the invoices are what is exact).
 */
public final class InvoiceBookkeeper implements GroupListener.RowWriter<PaymentResult> {

    private static final System.Logger LOG = System.getLogger(InvoiceBookkeeper.class.getName());

    private static final String LOCK = "SELECT * FROM invoices WHERE id = ANY(?) ORDER BY id FOR UPDATE";
    private static final String LAST_ATTEMPTS = """
            SELECT invoice_id, max(seq) FROM invoice_attempts WHERE invoice_id = ANY(?) GROUP BY invoice_id
            """;
    /** Every changed invoice of the batch in one statement (arrays, not a JDBC batch of single-row updates). */
    private static final String UPDATE = """
            UPDATE invoices i SET status = u.status, failure_reason = u.failure_reason, charge_id = u.charge_id,
                next_attempt_at = u.next_attempt_at::timestamptz, updated_at = ?, run_period = u.run_period,
                charge_key = u.charge_key
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(id, status, failure_reason, charge_id, next_attempt_at, run_period, charge_key)
            WHERE i.id = u.id
            """;
    private static final String ATTEMPTS = """
            INSERT INTO invoice_attempts (invoice_id, seq, request_id, idempotency_key, outcome, reason, charge_id,
                requested_at, booked_at)
            SELECT u.invoice_id, u.seq, u.request_id, u.request_id, u.outcome, u.reason, u.charge_id,
                u.requested_at::timestamptz, ?
            FROM unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(invoice_id, seq, request_id, outcome, reason, charge_id, requested_at)
            """;

    private record Attempt(String invoiceId, int seq, PaymentResult result, String reason, Instant requestedAt) {
    }

    private final DunningSchedule dunning;
    private final TimeSource time;
    private final MeterRegistry metrics;
    private final Counter needsReview;

    public InvoiceBookkeeper(DunningSchedule dunning, TimeSource time, MeterRegistry metrics) {
        this.dunning = dunning;
        this.time = time;
        this.metrics = metrics;
        this.needsReview = Counter.builder("orderstream.billing.invoices.needs_review")
                .description("invoices flagged for manual review: money may have moved but the books disagree")
                .register(metrics);
    }

    @Override
    public void write(Connection connection, List<PaymentResult> values) throws SQLException {
        List<PaymentResult> ours = values.stream().filter(r -> r.getOrigin() == PaymentOrigin.INVOICE).toList();
        if (ours.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        ours.forEach(result -> ids.add(result.getOriginId()));
        Map<String, Invoice> invoices = lock(connection, ids);
        if (invoices.size() < ids.size()) {
            Set<String> unknown = new HashSet<>(ids);
            unknown.removeAll(invoices.keySet());
            throw new UnknownInvoiceException(unknown);
        }
        Map<String, Integer> seqs = lastAttempts(connection, ids);
        Instant now = time.now();
        Map<String, Invoice> changed = new LinkedHashMap<>();
        List<Attempt> attempts = new ArrayList<>();
        List<FailureReason> failures = new ArrayList<>();
        for (PaymentResult result : ours) {
            Invoice before = invoices.get(result.getOriginId());
            Booking booking = Bookkeeping.book(before, chargeResult(result), dunning, now);
            Invoice after = apply(before, booking, now);
            if (after == before) {
                LOG.log(Level.DEBUG, "invoice " + before.id() + ": " + ((Booking.Ignored) booking).why());
                continue;
            }
            invoices.put(after.id(), after);
            changed.put(after.id(), after);
            int seq = seqs.merge(after.id(), 1, Integer::sum);
            attempts.add(new Attempt(after.id(), seq, result, reason(booking, result), before.requestedAt()));
            report(after, booking, result, failures);
        }
        update(connection, changed.values(), now);
        insert(connection, attempts, now);
        failures.forEach(reason -> Counter.builder("orderstream.billing.invoice.failures")
                .description("invoice charges that failed, by reason").tag("reason", reason.code())
                .register(metrics).increment());
    }

    private static ChargeResult chargeResult(PaymentResult result) {
        return new ChargeResult(result.getOriginId(), result.getRequestId(),
                ResultStatus.valueOf(result.getStatus().name()), result.getCode(), result.getChargeId(),
                result.getCompletedAt());
    }

    private static Invoice apply(Invoice i, Booking booking, Instant now) {
        return switch (booking) {
            case Booking.Paid paid -> with(i, InvoiceStatus.PAID, null, paid.chargeId(), null, now);
            case Booking.Failed failed -> with(i, InvoiceStatus.ERROR, failed.reason(), i.chargeId(),
                    failed.nextAttemptAt(), now);
            case Booking.NeedsReview review -> with(i, InvoiceStatus.NEEDS_REVIEW, i.failureReason(), i.chargeId(),
                    null, now);
            case Booking.Ignored ignored -> i;
        };
    }

    /**
     * The invoice after a booking. One still PENDING (its result overtook the commit that marks it CHARGING, or that
     * commit was lost in a crash) takes the run of its period and the run's key, so the run counts it.
     */
    private static Invoice with(Invoice i, InvoiceStatus status, FailureReason reason, String chargeId,
                                Instant nextAttemptAt, Instant now) {
        return new Invoice(i.id(), i.customerId(), i.amount(), i.currency(), i.period(), status, reason, chargeId,
                i.runPeriod() != null ? i.runPeriod() : i.period(), Bookkeeping.currentKey(i), i.dunningAttempt(),
                nextAttemptAt, i.requestedAt(), i.createdAt(), now);
    }

    private static String reason(Booking booking, PaymentResult result) {
        return switch (booking) {
            case Booking.Failed failed -> failed.reason().code();
            case Booking.NeedsReview review -> result.getCode() != null ? result.getCode() : "needs_review";
            default -> null;
        };
    }

    private void report(Invoice after, Booking booking, PaymentResult result, List<FailureReason> failures) {
        switch (booking) {
            case Booking.Failed failed -> {
                failures.add(failed.reason());
                LOG.log(Level.INFO, "invoice " + after.id() + " failed: " + failed.reason().code() + " ("
                        + result.getStatus() + " " + result.getCode() + ": " + result.getReason() + ") under "
                        + result.getRequestId() + (failed.nextAttemptAt() == null ? "; not retried"
                        : "; retried at " + failed.nextAttemptAt()));
            }
            case Booking.NeedsReview review -> {
                needsReview.increment();
                LOG.log(Level.WARNING, "invoice " + after.id() + " NEEDS_REVIEW, never charged again automatically: "
                        + review.why());
            }
            default -> {
            }
        }
    }

    private static Map<String, Invoice> lock(Connection connection, Set<String> ids) throws SQLException {
        Map<String, Invoice> invoices = new HashMap<>();
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    Invoice invoice = InvoiceRows.read(rows);
                    invoices.put(invoice.id(), invoice);
                }
            }
        }
        return invoices;
    }

    private static Map<String, Integer> lastAttempts(Connection connection, Set<String> ids) throws SQLException {
        Map<String, Integer> seqs = new HashMap<>();
        try (PreparedStatement last = connection.prepareStatement(LAST_ATTEMPTS)) {
            last.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = last.executeQuery()) {
                while (rows.next()) {
                    seqs.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return seqs;
    }

    private static void update(Connection connection, Collection<Invoice> invoices, Instant now)
            throws SQLException {
        if (invoices.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setArray(2, texts(connection, invoices, Invoice::id));
            update.setArray(3, texts(connection, invoices, invoice -> invoice.status().name()));
            update.setArray(4, texts(connection, invoices,
                    invoice -> invoice.failureReason() == null ? null : invoice.failureReason().code()));
            update.setArray(5, texts(connection, invoices, Invoice::chargeId));
            update.setArray(6, texts(connection, invoices, invoice -> text(invoice.nextAttemptAt())));
            update.setArray(7, texts(connection, invoices, invoice -> invoice.runPeriod().toString()));
            update.setArray(8, texts(connection, invoices, Invoice::chargeKey));
            update.executeUpdate();
        }
    }

    private static void insert(Connection connection, List<Attempt> attempts, Instant now) throws SQLException {
        if (attempts.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(ATTEMPTS)) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setArray(2, texts(connection, attempts, Attempt::invoiceId));
            insert.setArray(3, connection.createArrayOf("int4", attempts.stream().map(Attempt::seq).toArray()));
            insert.setArray(4, texts(connection, attempts, attempt -> attempt.result().getRequestId()));
            insert.setArray(5, texts(connection, attempts, attempt -> attempt.result().getStatus().name()));
            insert.setArray(6, texts(connection, attempts, Attempt::reason));
            insert.setArray(7, texts(connection, attempts, attempt -> attempt.result().getChargeId()));
            insert.setArray(8, texts(connection, attempts, attempt -> text(attempt.requestedAt())));
            insert.executeUpdate();
        }
    }

    private static <T> Array texts(Connection connection, Collection<T> items, Function<T, String> text)
            throws SQLException {
        return connection.createArrayOf("text", items.stream().map(text).toArray());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

}
