package io.orderstream.orderapi.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.Eventually;
import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.TestStack;
import io.orderstream.orderapi.command.ClientOutcome;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.command.CommandKind;
import io.orderstream.orderapi.store.CommandLog.Completion;
import io.orderstream.orderapi.store.CommandLog.LoggedCommand;
import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.platform.db.Database;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.http.Problem;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommandLogIT {

    private static final ClientOutcome.Succeeded CREATED =
            new ClientOutcome.Succeeded(OrderViews.of(OrderStates.created("order-1").build()));
    private static final ClientOutcome.Failed DECLINED = new ClientOutcome.Failed(
            Problem.of(402, "payment_declined", "Payment declined", "The payment was not captured: card_declined"));

    private static Database database;
    private static CommandLog log;

    private final CommandIds ids = new CommandIds(UUID.randomUUID().toString(), "order-1");

    @BeforeAll
    static void migrate() {
        database = TestStack.migratedDatabase("commandlog");
        log = new CommandLog(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void a_recorded_command_is_pending() throws SQLException {
        log.record(ids, CommandKind.APPLY_PAYMENT);

        assertThat(log.find(ids.commandId()))
                .contains(new LoggedCommand(ids, CommandKind.APPLY_PAYMENT, ClientOutcome.PENDING));
    }

    @Test
    void a_success_is_kept_with_the_order() throws SQLException {
        log.record(ids, CommandKind.CREATE_ORDER);

        assertThat(log.completeAll(List.of(new Completion(ids.commandId(), CREATED)))).isOne();

        assertThat(log.find(ids.commandId())).hasValueSatisfying(command -> assertThat(command.outcome())
                .isEqualTo(CREATED));
    }

    @Test
    void a_failure_is_kept_with_its_problem_and_field_errors() throws SQLException {
        var invalid = new ClientOutcome.Failed(Problem.of(422, "validation_failed", "Invalid request", "Not valid.")
                .withErrors(List.of(new FieldProblem("currency", "currency_unsupported", "Unsupported."))));
        log.record(ids, CommandKind.CREATE_ORDER);

        log.completeAll(List.of(new Completion(ids.commandId(), invalid)));

        assertThat(log.find(ids.commandId()).orElseThrow().outcome()).isEqualTo(invalid);
    }

    @Test
    void the_first_outcome_stays() throws SQLException {
        log.record(ids, CommandKind.CREATE_ORDER_AND_PAY);
        log.completeAll(List.of(new Completion(ids.commandId(), DECLINED)));

        int stored = log.completeAll(List.of(new Completion(ids.commandId(), CREATED)));

        assertThat(stored).isZero();
        assertThat(log.find(ids.commandId()).orElseThrow().outcome()).isEqualTo(DECLINED);
    }

    @Test
    void a_command_twice_in_one_batch_keeps_its_first_outcome() throws SQLException {
        log.record(ids, CommandKind.CREATE_ORDER_AND_PAY);

        int stored = log.completeAll(List.of(new Completion(ids.commandId(), DECLINED),
                new Completion(ids.commandId(), CREATED)));

        assertThat(stored).isOne();
        assertThat(log.find(ids.commandId()).orElseThrow().outcome()).isEqualTo(DECLINED);
    }

    @Test
    void a_batch_of_outcomes_of_several_commands_stores_each() throws SQLException {
        var other = new CommandIds(UUID.randomUUID().toString(), "order-2");
        log.record(ids, CommandKind.CREATE_ORDER);
        log.record(other, CommandKind.CREATE_ORDER_AND_PAY);

        int stored = log.completeAll(List.of(new Completion(ids.commandId(), CREATED),
                new Completion(other.commandId(), DECLINED)));

        assertThat(stored).isEqualTo(2);
        assertThat(log.find(ids.commandId()).orElseThrow().outcome()).isEqualTo(CREATED);
        assertThat(log.find(other.commandId()).orElseThrow().outcome()).isEqualTo(DECLINED);
    }

    @Test
    void a_pending_outcome_and_an_unknown_command_change_nothing() throws SQLException {
        log.record(ids, CommandKind.CREATE_ORDER_AND_PAY);

        int stored = log.completeAll(List.of(new Completion(ids.commandId(), ClientOutcome.PENDING),
                new Completion("never-sent", CREATED)));

        assertThat(stored).isZero();
        assertThat(log.find(ids.commandId()).orElseThrow().outcome()).isEqualTo(ClientOutcome.PENDING);
        assertThat(log.find("never-sent")).isEmpty();
    }

    @Test
    void recording_again_keeps_what_is_known() throws SQLException {
        log.record(ids, CommandKind.CANCEL_ORDER);
        log.completeAll(List.of(new Completion(ids.commandId(), CREATED)));

        log.record(ids, CommandKind.CANCEL_ORDER);

        assertThat(log.find(ids.commandId()).orElseThrow().outcome()).isEqualTo(CREATED);
    }

    @Test
    void commands_older_than_the_retention_are_deleted_and_younger_ones_kept() throws Exception {
        log.record(ids, CommandKind.CREATE_ORDER);

        assertThat(log.deleteOlderThan(Duration.ofDays(1))).isZero();
        assertThat(log.find(ids.commandId())).isPresent();

        Eventually.await(Duration.ofSeconds(10), () -> log.deleteOlderThan(Duration.ofMillis(100)), deleted -> deleted > 0);
        assertThat(log.find(ids.commandId())).isEmpty();
    }

    @Test
    void a_command_never_sent_is_forgotten_but_a_completed_one_is_not() throws SQLException {
        var completed = new CommandIds(UUID.randomUUID().toString(), "order-1");
        log.record(ids, CommandKind.CANCEL_ORDER);
        log.record(completed, CommandKind.CANCEL_ORDER);
        log.completeAll(List.of(new Completion(completed.commandId(), CREATED)));

        log.forget(ids.commandId());
        log.forget(completed.commandId());

        assertThat(log.find(ids.commandId())).isEmpty();
        assertThat(log.find(completed.commandId())).isPresent();
    }
}
