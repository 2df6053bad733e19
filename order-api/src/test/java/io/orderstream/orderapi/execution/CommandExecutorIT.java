package io.orderstream.orderapi.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.orderapi.FailingDataSource;
import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.TestStack;
import io.orderstream.orderapi.access.Caller;
import io.orderstream.orderapi.command.ClientOutcome;
import io.orderstream.orderapi.command.CommandGateway;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.command.CommandKind;
import io.orderstream.orderapi.command.CommandNotSentException;
import io.orderstream.orderapi.store.CommandLog;
import io.orderstream.orderapi.store.CommandLog.Completion;
import io.orderstream.orderapi.store.IdempotencyKeys;
import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.platform.db.Database;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.time.ManualTimeSource;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.OrderState;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The executor with a real command log and real idempotency keys, whose claims are abandoned after 300 ms,
 * and a scripted gateway: how a request finishes the work of one whose instance died.
 */
class CommandExecutorIT {

    private static final CommandWaits WAITS = new CommandWaits(Duration.ofSeconds(2), Duration.ofSeconds(2));
    private static final CreateOrder CREATE = CreateOrder.newBuilder().setCustomerEmail("a@b.com")
            .setCurrency("EUR").setLines(List.of(new OrderLine("SKU-1", "Mug", 2, 1250L))).build();

    private static Database database;
    private static CommandLog log;
    private static IdempotencyKeys keys;

    private final String key = "key-" + UUID.randomUUID();
    private final List<OrderCommand> sent = new CopyOnWriteArrayList<>();
    /** For what the executor waits and times itself; a claim's lease runs out on the database's clock, for real. */
    private final ManualTimeSource time = new ManualTimeSource();

    @BeforeAll
    static void migrate() {
        database = TestStack.migratedDatabase("executor");
        log = new CommandLog(database.dataSource());
        keys = new IdempotencyKeys(database.dataSource(), Duration.ofDays(1), Duration.ofMillis(300));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private CommandExecutor executor(Function<OrderCommand, Optional<CommandResult>> processor) {
        return new CommandExecutor(gateway(processor), log, keys, WAITS, TimeSource.system());
    }

    private CommandGateway gateway(Function<OrderCommand, Optional<CommandResult>> processor) {
        return (command, wait) -> {
            sent.add(command);
            return processor.apply(command);
        };
    }

    private CommandRequest request(Optional<String> idempotencyKey) {
        return new CommandRequest("fingerprint-1", idempotencyKey, null, CREATE, Caller.SHOP);
    }

    private static Optional<CommandResult> accepted(OrderCommand command) {
        return Optional.of(CommandResult.newBuilder().setCommandId(command.getCommandId())
                .setOrderId(command.getOrderId()).setOutcome(CommandOutcome.ACCEPTED)
                .setOrder(OrderStates.created(command.getOrderId()).build()).setProcessedAt(Instant.now()).build());
    }

    /** A request on an instance that died after claiming the key (and maybe sending its command). */
    private CommandIds abandonedRequest() throws SQLException {
        CommandIds ids = CommandIds.fresh(null);
        keys.claim(key, "fingerprint-1", ids);
        log.record(ids, CommandKind.CREATE_ORDER);
        return ids;
    }

    @Test
    void without_a_key_every_request_sends_a_new_command_and_logs_it() throws SQLException {
        var executor = executor(CommandExecutorIT::accepted);

        executor.execute(request(Optional.empty()));
        executor.execute(request(Optional.empty()));

        assertThat(sent).extracting(OrderCommand::getCommandId).doesNotHaveDuplicates();
        assertThat(sent).extracting(OrderCommand::getOrderId).doesNotHaveDuplicates();
        assertThat(log.find(sent.getFirst().getCommandId())).hasValueSatisfying(command ->
                assertThat(command.kind()).isEqualTo(CommandKind.CREATE_ORDER));
    }

    @Test
    void an_abandoned_request_whose_command_was_decided_is_answered_from_the_log() throws SQLException {
        CommandIds ids = abandonedRequest();
        OrderState order = OrderStates.created(ids.orderId()).build();
        log.completeAll(List.of(new Completion(ids.commandId(), new ClientOutcome.Succeeded(OrderViews.of(order)))));

        Answer answer = executor(CommandExecutorIT::accepted).execute(request(Optional.of(key)));

        assertThat(answer.replayed()).isFalse();
        assertThat(answer.reply().status()).isEqualTo(201);
        assertThat(answer.reply().location()).isEqualTo("/orders/" + ids.orderId());
        assertThat(sent).isEmpty();
    }

    @Test
    void an_abandoned_request_whose_command_has_no_outcome_sends_the_same_command_again() throws SQLException {
        CommandIds ids = abandonedRequest();

        Answer answer = executor(CommandExecutorIT::accepted).execute(request(Optional.of(key)));

        assertThat(answer.reply().status()).isEqualTo(201);
        assertThat(sent).singleElement().satisfies(command -> {
            assertThat(command.getCommandId()).isEqualTo(ids.commandId());
            assertThat(command.getOrderId()).isEqualTo(ids.orderId());
            assertThat(command.getIdempotencyKey()).isEqualTo(key);
        });
    }

    @Test
    void the_answer_of_the_request_that_took_over_is_kept_for_the_next_repeat() throws SQLException {
        abandonedRequest();
        var executor = executor(CommandExecutorIT::accepted);
        Answer first = executor.execute(request(Optional.of(key)));

        Answer repeat = executor.execute(request(Optional.of(key)));

        assertThat(repeat).isEqualTo(new Answer(first.reply(), true));
        assertThat(sent).hasSize(1);
    }

    @Test
    void a_command_kafka_refused_leaves_no_trace() throws SQLException {
        var executor = executor(command -> {
            throw new CommandNotSentException(command.getCommandId(), new IllegalStateException("no broker"));
        });

        assertThatThrownBy(() -> executor.execute(request(Optional.of(key))))
                .isInstanceOf(CommandNotSentException.class);

        assertThat(log.find(sent.getFirst().getCommandId())).isEmpty();
        assertThat(keys.claim(key, "fingerprint-1", CommandIds.fresh(null)))
                .isInstanceOf(IdempotencyKeys.Claim.Fresh.class);
    }

    @Test
    void a_repeat_while_the_first_request_is_in_flight_waits_for_its_answer_then_is_told_the_key_is_in_use()
            throws SQLException {
        var longLease = new IdempotencyKeys(database.dataSource(), Duration.ofDays(1), Duration.ofDays(1));
        longLease.claim(key, "fingerprint-1", CommandIds.fresh(null));
        var executor = new CommandExecutor(gateway(CommandExecutorIT::accepted), log, longLease, WAITS, time);

        assertThatThrownBy(() -> executor.execute(request(Optional.of(key))))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("idempotency_key_in_use");

        assertThat(time.slept()).isEqualTo(WAITS.forFirstRequest(CommandKind.CREATE_ORDER));
        assertThat(sent).isEmpty();
    }

    @Test
    void a_command_is_issued_at_the_time_sources_now() throws SQLException {
        time.advance(Duration.ofDays(3));

        new CommandExecutor(gateway(CommandExecutorIT::accepted), log, keys, WAITS, time)
                .execute(request(Optional.empty()));

        assertThat(sent).singleElement().satisfies(command -> assertThat(command.getIssuedAt()).isEqualTo(time.now()));
    }

    // ---- one key, one order: the ids derive from the key and the request ----

    @Test
    void a_create_repeated_after_its_key_and_its_command_were_lost_is_the_same_command_for_the_same_order()
            throws SQLException {
        var executor = executor(CommandExecutorIT::accepted);
        executor.execute(request(Optional.of(key)));
        loseKeyAndCommand(sent.getFirst().getCommandId());

        executor.execute(request(Optional.of(key)));

        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).getCommandId()).isEqualTo(sent.getFirst().getCommandId());
        assertThat(sent.get(1).getOrderId()).isEqualTo(sent.getFirst().getOrderId());
    }

    @Test
    void a_create_repeated_after_its_key_was_lost_is_answered_from_the_command_log_without_sending_again()
            throws SQLException {
        var executor = executor(CommandExecutorIT::accepted);
        Answer first = executor.execute(request(Optional.of(key)));
        completeInTheLog(sent.getFirst());
        execute("DELETE FROM idempotency_keys WHERE key = ?", key);

        Answer repeat = executor.execute(request(Optional.of(key)));

        assertThat(repeat.reply()).isEqualTo(first.reply());
        assertThat(sent).hasSize(1);
    }

    @Test
    void a_create_the_processor_finds_existing_under_its_ids_is_answered_with_that_order() throws SQLException {
        var executor = executor(command -> sent.size() == 1 ? accepted(command) : orderExists(command));
        Answer first = executor.execute(request(Optional.of(key)));
        loseKeyAndCommand(sent.getFirst().getCommandId());

        Answer repeat = executor.execute(request(Optional.of(key)));

        assertThat(repeat.reply().status()).isEqualTo(201);
        assertThat(repeat.reply().location()).isEqualTo(first.reply().location());
    }

    // ---- the truth after a send ----

    @Test
    void a_failure_to_keep_the_answer_after_sending_still_answers_what_the_command_answered() throws SQLException {
        var flaky = new FailingDataSource(database.dataSource())
                .failStatements("UPDATE idempotency_keys SET reply_status", "08006");

        Answer answer = executor(flaky, CommandExecutorIT::accepted).execute(request(Optional.of(key)));

        assertThat(answer.reply().status()).isEqualTo(201);
        assertThat(answer.reply().location()).isEqualTo("/orders/" + sent.getFirst().getOrderId());
        assertThat(sent).hasSize(1);
    }

    @Test
    void after_an_answer_that_could_not_be_kept_a_repeat_finishes_from_the_command_log_once_the_lease_ran_out()
            throws SQLException {
        var flaky = new FailingDataSource(database.dataSource())
                .failStatements("UPDATE idempotency_keys SET reply_status", "08006");
        var executor = executor(flaky, CommandExecutorIT::accepted);
        Answer first = executor.execute(request(Optional.of(key)));
        completeInTheLog(sent.getFirst());
        flaky.heal();

        Answer repeat = executor.execute(request(Optional.of(key)));

        assertThat(repeat.reply()).isEqualTo(first.reply());
        assertThat(sent).hasSize(1);
    }

    @Test
    void a_keyed_command_new_to_the_log_is_sent_without_looking_it_up() throws SQLException {
        var noLookUps = new FailingDataSource(database.dataSource())
                .failStatements("SELECT command_id, order_id, kind, status", "08006");

        Answer answer = executor(noLookUps, CommandExecutorIT::accepted).execute(request(Optional.of(key)));

        assertThat(answer.reply().status()).isEqualTo(201);
        assertThat(sent).hasSize(1);
    }

    @Test
    void a_failure_to_look_up_a_command_the_log_holds_already_sends_nothing_and_releases_the_key()
            throws SQLException {
        var flaky = new FailingDataSource(database.dataSource());
        var executor = executor(flaky, CommandExecutorIT::accepted);
        executor.execute(request(Optional.of(key)));
        execute("DELETE FROM idempotency_keys WHERE key = ?", key); // as if PostgreSQL lost the key, not the command
        flaky.failStatements("SELECT command_id, order_id, kind, status", "08006");

        assertThatThrownBy(() -> executor.execute(request(Optional.of(key)))).isInstanceOf(SQLException.class);

        assertThat(sent).hasSize(1);
        assertThat(keys.claim(key, "fingerprint-1", CommandIds.fresh(null)))
                .isInstanceOf(IdempotencyKeys.Claim.Fresh.class);
    }

    @Test
    void a_failure_to_log_the_command_sends_nothing_and_releases_the_key() throws SQLException {
        var flaky = new FailingDataSource(database.dataSource()).failStatements("INSERT INTO commands", "08006");

        assertThatThrownBy(() -> executor(flaky, CommandExecutorIT::accepted).execute(request(Optional.of(key))))
                .isInstanceOf(SQLException.class);

        assertThat(sent).isEmpty();
        assertThat(keys.claim(key, "fingerprint-1", CommandIds.fresh(null)))
                .isInstanceOf(IdempotencyKeys.Claim.Fresh.class);
    }

    @Test
    void a_failure_to_claim_the_key_sends_nothing() {
        var flaky = new FailingDataSource(database.dataSource())
                .failStatements("INSERT INTO idempotency_keys", "08006");

        assertThatThrownBy(() -> executor(flaky, CommandExecutorIT::accepted).execute(request(Optional.of(key))))
                .isInstanceOf(SQLException.class);

        assertThat(sent).isEmpty();
    }

    private CommandExecutor executor(FailingDataSource flaky, Function<OrderCommand, Optional<CommandResult>> processor) {
        return new CommandExecutor(gateway(processor), new CommandLog(flaky.dataSource()),
                new IdempotencyKeys(flaky.dataSource(), Duration.ofDays(1), Duration.ofMillis(300)), WAITS,
                TimeSource.system());
    }

    private static Optional<CommandResult> orderExists(OrderCommand command) {
        return Optional.of(CommandResult.newBuilder().setCommandId(command.getCommandId())
                .setOrderId(command.getOrderId()).setOutcome(CommandOutcome.REJECTED)
                .setErrorCode("order_exists").setErrorMessage("An order with this id exists already.")
                .setOrder(OrderStates.created(command.getOrderId()).build()).setProcessedAt(Instant.now()).build());
    }

    /** What the group order-api-command-outcomes does once the command's result arrives. */
    private static void completeInTheLog(OrderCommand command) throws SQLException {
        OrderState order = OrderStates.created(command.getOrderId()).build();
        log.completeAll(List.of(new Completion(command.getCommandId(),
                new ClientOutcome.Succeeded(OrderViews.of(order)))));
    }

    /** As if PostgreSQL lost the commits of the key's claim and of the command's log entry. */
    private void loseKeyAndCommand(String commandId) throws SQLException {
        execute("DELETE FROM idempotency_keys WHERE key = ?", key);
        execute("DELETE FROM commands WHERE command_id = ?", commandId);
    }

    private static void execute(String sql, String parameter) throws SQLException {
        try (var connection = database.dataSource().getConnection();
             var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
