package io.orderstream.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void a_lost_or_refused_database_connection_is_transient() {
        assertThat(Failures.isTransient(new SQLException("connection lost", "08006"))).isTrue();
        assertThat(Failures.isTransient(new SQLException("connection refused", "08001"))).isTrue();
        assertThat(Failures.isTransient(new SQLTransientConnectionException("pool exhausted"))).isTrue();
    }

    @Test
    void a_database_shutting_down_or_out_of_resources_is_transient() {
        assertThat(Failures.isTransient(new SQLException("admin shutdown", "57P01"))).isTrue();
        assertThat(Failures.isTransient(new SQLException("too many connections", "53300"))).isTrue();
    }

    @Test
    void a_transaction_the_database_asks_to_retry_is_transient() {
        assertThat(Failures.isTransient(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(Failures.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
    }

    @Test
    void a_value_the_database_refuses_is_the_records_fault() {
        assertThat(Failures.isTransient(new SQLException("invalid byte sequence 0x00", "22021"))).isFalse();
        assertThat(Failures.isTransient(new SQLException("unsupported Unicode escape", "22P05"))).isFalse();
        assertThat(Failures.isTransient(new SQLException("no state"))).isFalse();
    }

    @Test
    void a_transient_cause_anywhere_in_the_chain_makes_the_failure_transient() {
        var batch = new BatchUpdateException("batch entry 0 aborted", "08006", new int[0],
                new SQLException("connection lost", "08006"));
        var registryDown = new SerializationException("cannot fetch schema", new NetworkException("registry down"));

        assertThat(Failures.isTransient(batch)).isTrue();
        assertThat(Failures.isTransient(registryDown)).isTrue();
    }

    @Test
    void a_record_that_cannot_be_deserialized_is_not_transient() {
        assertThat(Failures.isTransient(new SerializationException("Unknown magic byte!"))).isFalse();
    }

    @Test
    void the_reason_of_a_failed_jdbc_batch_is_the_database_exception_it_chains() {
        var batch = new BatchUpdateException("Batch entry 0 was aborted", "22P05", new int[0]);
        var reason = new SQLException("unsupported Unicode escape sequence", "22P05");
        batch.setNextException(reason);

        assertThat(Failures.reason(batch)).isSameAs(reason);
        assertThat(Failures.reason(reason)).isSameAs(reason);
    }
}
