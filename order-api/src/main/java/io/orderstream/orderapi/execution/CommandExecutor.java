package io.orderstream.orderapi.execution;

import io.orderstream.orderapi.command.ClientOutcome;
import io.orderstream.orderapi.command.CommandGateway;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.command.CommandKind;
import io.orderstream.orderapi.command.CommandNotSentException;
import io.orderstream.orderapi.command.CommandOutcomes;
import io.orderstream.orderapi.store.CommandLog;
import io.orderstream.orderapi.store.IdempotencyKeys;
import io.orderstream.orderapi.store.IdempotencyKeys.Claim;
import io.orderstream.orderapi.view.Reply;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.time.Deadline;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.order.CommandResult;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Carries out the POSTs that send commands. Each command is logged as PENDING, sent, and answered from its
 * result ({@link CommandReplies}). With an Idempotency-Key, the command's ids derive from the key and the request
 * ({@link CommandIds#derived}), so every repeat is the same command; the first request's answer is kept and a repeat
 * gets it again; a repeat arriving while the first is in flight waits for that answer; a request whose instance died
 * is finished by the next repeat, from the command log when its command has an outcome there, or by sending the same
 * command again (the processor recognises it).
 *
 * <p>What a client is told is the truth about the command: a failure before it was sent (the database, Kafka) is a
 * 503 and leaves no trace, neither in the log nor as a claimed key, so a retry starts afresh; once it was sent, the
 * answer is the command's (or 202 with its status URL when its result did not come in time) even when the answer
 * cannot be kept: the key's claim then runs out after its lease and a repeat finishes from the command log.
 */
public final class CommandExecutor {

    private static final System.Logger LOG = System.getLogger(CommandExecutor.class.getName());
    private static final Duration REPEAT_POLL = Duration.ofMillis(50);

    private final CommandGateway gateway;
    private final CommandLog log;
    private final IdempotencyKeys keys;
    private final CommandWaits waits;
    private final CommandEnvelopes envelopes;
    private final TimeSource time;

    public CommandExecutor(CommandGateway gateway, CommandLog log, IdempotencyKeys keys, CommandWaits waits,
                           TimeSource time) {
        this.gateway = gateway;
        this.log = log;
        this.keys = keys;
        this.waits = waits;
        this.envelopes = new CommandEnvelopes(time);
        this.time = time;
    }

    public Answer execute(CommandRequest request) throws SQLException {
        if (request.idempotencyKey().isEmpty()) {
            return new Answer(send(request, CommandIds.fresh(request.orderId()), Optional.empty()), false);
        }
        String key = request.caller().scopedKey(request.idempotencyKey().get());
        return executeOnce(request, key, CommandIds.derived(key, request.fingerprint(), request.orderId()));
    }

    private Answer executeOnce(CommandRequest request, String key, CommandIds proposed) throws SQLException {
        Deadline deadline = time.deadline(waits.forFirstRequest(request.kind()));
        while (true) {
            switch (keys.claim(key, request.fingerprint(), proposed)) {
                case Claim.Fresh fresh -> {
                    return new Answer(kept(key, fresh.ids(), finish(request, fresh.ids(), key)), false);
                }
                case Claim.Abandoned abandoned -> {
                    return new Answer(kept(key, abandoned.ids(), finish(request, abandoned.ids(), key)), false);
                }
                case Claim.Answered answered -> {
                    return new Answer(answered.reply(), true);
                }
                case Claim.Reused reused -> throw new ProblemException(IdempotencyProblems.reused());
                case Claim.InFlight inFlight -> awaitFirstRequest(deadline);
            }
        }
    }

    /**
     * The command may have been sent before under these ids (by a request whose instance died, or whose claim the
     * database lost): when the log has its outcome, that is the answer; otherwise it is sent (again). It is recorded
     * first: a command new to the log (nearly every one) needs no look-up, one statement instead of two.
     */
    private Reply finish(CommandRequest request, CommandIds ids, String key) throws SQLException {
        Optional<ClientOutcome> logged;
        try {
            logged = log.record(ids, request.kind(), request.caller().merchantId())
                    ? Optional.empty()
                    : log.find(ids.commandId())
                            .map(CommandLog.LoggedCommand::outcome)
                            .filter(outcome -> !(outcome instanceof ClientOutcome.Pending));
        } catch (SQLException e) {
            release(key, ids);
            throw e;
        }
        return logged.isPresent()
                ? CommandReplies.of(request.kind(), ids, logged.get())
                : sendRecorded(request, ids, Optional.of(key));
    }

    /** A command never sent leaves no trace: neither in the log nor as a claimed key, so a retry starts afresh. */
    private Reply send(CommandRequest request, CommandIds ids, Optional<String> key) throws SQLException {
        try {
            log.record(ids, request.kind(), request.caller().merchantId());
        } catch (SQLException e) {
            key.ifPresent(k -> release(k, ids));
            throw e;
        }
        return sendRecorded(request, ids, key);
    }

    /** Sends a command the log holds as PENDING and answers from its result. */
    private Reply sendRecorded(CommandRequest request, CommandIds ids, Optional<String> key) {
        CommandKind kind = request.kind();
        Optional<CommandResult> result;
        try {
            result = gateway.send(envelopes.of(request, ids), waits.forResult(kind));
        } catch (CommandNotSentException e) {
            forget(ids);
            key.ifPresent(k -> release(k, ids));
            throw e;
        }
        return CommandReplies.of(kind, ids, CommandOutcomes.of(result));
    }

    /** The command was sent: its answer is the truth even when it cannot be kept with the key. */
    private Reply kept(String key, CommandIds ids, Reply reply) {
        try {
            keys.answer(key, ids, reply);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "the answer to command " + ids.commandId() + " could not be kept with"
                    + " its Idempotency-Key; a repeat after the lease finishes it from the command log", e);
        }
        return reply;
    }

    private void forget(CommandIds ids) {
        try {
            log.forget(ids.commandId());
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "command " + ids.commandId() + " was not sent but stays PENDING in"
                    + " the log: " + e.getMessage());
        }
    }

    /** Without the release the key's claim runs out after its lease: a retry waits for it, then sends the same ids. */
    private void release(String key, CommandIds ids) {
        try {
            keys.release(key, ids);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "the claim of an Idempotency-Key for command " + ids.commandId()
                    + " could not be released; it runs out after its lease: " + e.getMessage());
        }
    }

    private void awaitFirstRequest(Deadline deadline) {
        if (deadline.passed()) {
            throw new ProblemException(IdempotencyProblems.inUse());
        }
        time.pause(REPEAT_POLL);
    }
}
