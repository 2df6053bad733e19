package io.orderstream.platform.consumer;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Which failures are the infrastructure's, not the record's: they are retried for ever, with backoff, and never
 * dead-lettered. Anything else is taken for the record's own fault once retrying the batch did not mend it.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * True when any cause is a lost or refused database connection (SQLState class {@code 08}), the server shutting
     * down or unavailable ({@code 57P*}), the server out of resources ({@code 53*}), a transaction the server asks to
     * retry (serialization failure {@code 40001}, deadlock {@code 40P01}), the pool out of connections, or a Kafka
     * failure that says it may go away (broker or schema registry unreachable).
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                || state.equals("40001") || state.equals("40P01"));
    }

    /**
     * What to tell of a failure: a JDBC batch's own exception says only which entry was aborted; the database's
     * reason is the exception it chains.
     */
    public static Exception reason(Exception failure) {
        if (failure instanceof BatchUpdateException batch && batch.getNextException() != null) {
            return batch.getNextException();
        }
        return failure;
    }

    /** The failure in a word, for logs and readiness: its class and message. */
    public static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
