package io.orderstream.billing.run;

import io.orderstream.billing.domain.FailureReason;
import io.orderstream.billing.domain.Invoice;
import io.orderstream.billing.domain.InvoiceStatus;
import io.orderstream.billing.domain.Period;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** An invoices row as the domain's {@link Invoice}. */
public final class InvoiceRows {

    private InvoiceRows() {
    }

    public static Invoice read(ResultSet row) throws SQLException {
        String reason = row.getString("failure_reason");
        String runPeriod = row.getString("run_period");
        return new Invoice(row.getString("id"), row.getString("customer_id"), row.getLong("amount"),
                row.getString("currency"), Period.parse(row.getString("period")).orElseThrow(),
                InvoiceStatus.valueOf(row.getString("status")),
                reason == null ? null : FailureReason.ofCode(reason).orElseThrow(), row.getString("charge_id"),
                runPeriod == null ? null : Period.parse(runPeriod).orElseThrow(), row.getString("charge_key"),
                row.getInt("dunning_attempt"), instant(row, "next_attempt_at"), instant(row, "requested_at"),
                instant(row, "created_at"), instant(row, "updated_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
