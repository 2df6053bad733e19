package io.orderstream.billing.run;

import io.orderstream.billing.domain.Bookkeeping;
import io.orderstream.billing.domain.ChargeKeys;
import io.orderstream.billing.domain.Invoice;
import io.orderstream.billing.domain.NextCharge;
import io.orderstream.billing.domain.Period;
import io.orderstream.platform.consumer.Transactions;
import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Sends invoices' charge requests to payments.requests a page at a time, in one PostgreSQL transaction a page:
 * lock the page ({@code FOR UPDATE SKIP LOCKED}: instances working side by side take different pages), send one
 * {@link PaymentRequest} per invoice keyed by the invoice id, flush and wait for every acknowledgement, THEN mark
 * them CHARGING and commit. A crash before the commit leaves them as they were, so they are sent again under the
 * same key (the provider answers the first charge); a crash after it loses nothing, as every request was
 * acknowledged first. Three kinds of page: a run's PENDING invoices, CHARGING invoices whose result has not come
 * within the charge timeout (sent again, same key), and ERROR invoices whose dunning retry is due ({@link NextCharge}).
 */
public final class ChargeRequests {

    private static final String COLUMNS = """
            SELECT i.*, c.provider_customer_id FROM invoices i JOIN customers c ON c.id = i.customer_id
            """;
    private static final String PENDING = COLUMNS + """
            WHERE i.period = ? AND i.status = 'PENDING' ORDER BY i.id LIMIT ? FOR UPDATE OF i SKIP LOCKED
            """;
    private static final String TIMED_OUT = COLUMNS + """
            WHERE i.status = 'CHARGING' AND i.requested_at < ? ORDER BY i.requested_at LIMIT ?
            FOR UPDATE OF i SKIP LOCKED
            """;
    private static final String DUE_FOR_DUNNING = COLUMNS + """
            WHERE i.next_attempt_at <= ? AND i.status = 'ERROR' ORDER BY i.next_attempt_at, i.id LIMIT ?
            FOR UPDATE OF i SKIP LOCKED
            """;
    private static final String MARK_CHARGING = """
            UPDATE invoices i SET status = 'CHARGING', run_period = COALESCE(i.run_period, u.run_period),
                charge_key = u.charge_key, dunning_attempt = u.attempt, next_attempt_at = NULL, requested_at = ?,
                updated_at = ?
            FROM unnest(?::text[], ?::text[], ?::int[], ?::text[]) AS u(id, charge_key, attempt, run_period)
            WHERE i.id = u.id
            """;

    /** One invoice of a page and the charge to send for it. */
    private record Charge(Invoice invoice, String providerCustomerId, String key, int attempt) {
    }

    /** The header naming the instance that sent a request, for tracing who sent what. */
    public static final String INSTANCE_HEADER = "orderstream.billing.instance";

    private final DataSource database;
    private final Producer<String, PaymentRequest> producer;
    private final String topic;
    private final byte[] instance;

    public ChargeRequests(DataSource database, Producer<String, PaymentRequest> producer, String topic,
                          String instance) {
        this.database = database;
        this.producer = producer;
        this.topic = topic;
        this.instance = instance.getBytes(StandardCharsets.UTF_8);
    }

    /** Sends a page of the period's PENDING invoices; answers how many it sent (0: none is left unlocked). */
    public int sendPending(Period period, int pageSize, Instant now) throws SQLException {
        return sendPage(PENDING, statement -> statement.setString(1, period.toString()), pageSize, now,
                invoice -> new NextCharge(ChargeKeys.initial(invoice.id()), 0), period);
    }

    /** Sends again, under the same key, a page of CHARGING invoices requested before {@code requestedBefore}. */
    public int resendTimedOut(Instant requestedBefore, int pageSize, Instant now) throws SQLException {
        return sendPage(TIMED_OUT, statement -> statement.setTimestamp(1, Timestamp.from(requestedBefore)), pageSize,
                now, invoice -> new NextCharge(Bookkeeping.currentKey(invoice), invoice.dunningAttempt()), null);
    }

    /** Sends a page of the ERROR invoices whose retry is due, each under the key {@link NextCharge} gives it. */
    public int sendDunning(int pageSize, Instant now) throws SQLException {
        return sendPage(DUE_FOR_DUNNING, statement -> statement.setTimestamp(1, Timestamp.from(now)), pageSize, now,
                invoice -> NextCharge.after(invoice).orElse(null), null);
    }

    @FunctionalInterface
    private interface Filter {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface KeyRule {
        NextCharge next(Invoice invoice);
    }

    private int sendPage(String select, Filter filter, int pageSize, Instant now, KeyRule rule, Period runPeriod)
            throws SQLException {
        return Transactions.run(database, connection -> {
            List<Charge> page = lock(connection, select, filter, pageSize, rule);
            if (page.isEmpty()) {
                return 0;
            }
            send(page, now);
            markCharging(connection, page, runPeriod, now);
            return page.size();
        });
    }

    private static List<Charge> lock(Connection connection, String select, Filter filter, int pageSize, KeyRule rule)
            throws SQLException {
        List<Charge> page = new ArrayList<>(pageSize);
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            filter.bind(statement);
            statement.setInt(2, pageSize);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Invoice invoice = InvoiceRows.read(rows);
                    NextCharge next = rule.next(invoice);
                    if (next != null) {
                        page.add(new Charge(invoice, rows.getString("provider_customer_id"), next.key(),
                                next.attempt()));
                    }
                }
            }
        }
        return page;
    }

    /** Every request of the page acknowledged by the broker, or an exception (and the transaction rolls back). */
    private void send(List<Charge> page, Instant now) throws SQLException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(page.size());
        Instant requestedAt = now.truncatedTo(ChronoUnit.MILLIS);
        for (Charge charge : page) {
            var record = new ProducerRecord<>(topic, charge.invoice().id(), request(charge, requestedAt));
            record.headers().add(INSTANCE_HEADER, instance);
            acks.add(producer.send(record));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (ExecutionException e) {
            throw new SQLException("a charge request was not acknowledged; the page is sent again", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while sending charge requests", e);
        }
    }

    private static PaymentRequest request(Charge charge, Instant requestedAt) {
        Invoice invoice = charge.invoice();
        return PaymentRequest.newBuilder()
                .setRequestId(charge.key())
                .setOrigin(PaymentOrigin.INVOICE)
                .setOriginId(invoice.id())
                .setCustomerId(charge.providerCustomerId())
                .setAmount(invoice.amount())
                .setCurrency(invoice.currency())
                .setIdempotencyKey(charge.key())
                .setPaymentMethod(null)
                .setRequestedAt(requestedAt)
                .build();
    }

    private static void markCharging(Connection connection, List<Charge> page, Period runPeriod, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(MARK_CHARGING)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setTimestamp(2, Timestamp.from(now));
            update.setArray(3, connection.createArrayOf("text", page.stream().map(c -> c.invoice().id()).toArray()));
            update.setArray(4, connection.createArrayOf("text", page.stream().map(Charge::key).toArray()));
            update.setArray(5, connection.createArrayOf("int4", page.stream().map(Charge::attempt).toArray()));
            update.setArray(6, connection.createArrayOf("text", page.stream()
                    .map(c -> runPeriod == null ? null : runPeriod.toString()).toArray()));
            update.executeUpdate();
        }
    }

}
