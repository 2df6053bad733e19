package io.orderstream.orderapi.execution;

import io.orderstream.orderapi.command.CommandGateway;
import io.orderstream.orderapi.command.CommandIds;
import io.orderstream.orderapi.command.CommandKind;
import io.orderstream.orderapi.command.CommandNotSentException;
import io.orderstream.orderapi.command.CommandOutcome;
import io.orderstream.orderapi.command.CommandOutcomes;
import io.orderstream.orderapi.store.CommandLog;
import io.orderstream.orderapi.store.IdempotencyKeys;
import io.orderstream.orderapi.store.IdempotencyKeys.Claim;
import io.orderstream.orderapi.view.Reply;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.schemas.order.OrderCommand;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Carries out the POSTs that send commands. Each command is logged as PENDING, sent, and answered from its
 * result ({@link CommandReplies}). With an Idempotency-Key, the first request's answer is kept and a repeat
 * gets it again; a repeat arriving while the first is in flight waits for that answer; a request whose
 * instance died is finished by the next repeat, under the same ids, from the command log when its command
 * has an outcome there, or by sending the same command again (creates and payments are idempotent at the
 * processor).
 */
public final class CommandExecutor {

    private static final Duration REPEAT_POLL = Duration.ofMillis(50);

    private final CommandGateway gateway;
    private final CommandLog log;
    private final IdempotencyKeys keys;
    private final CommandWaits waits;
    private final CommandEnvelopes envelopes;

    public CommandExecutor(CommandGateway gateway, CommandLog log, IdempotencyKeys keys, CommandWaits waits,
                           Clock clock) {
        this.gateway = gateway;
        this.log = log;
        this.keys = keys;
        this.waits = waits;
        this.envelopes = new CommandEnvelopes(clock);
    }

    public Answer execute(CommandRequest request) throws SQLException {
        CommandIds ids = CommandIds.fresh(request.orderId());
        return request.idempotencyKey().isPresent()
                ? executeOnce(request, request.idempotencyKey().get(), ids)
                : new Answer(sendFirst(request, ids, Optional.empty()), false);
    }

    private Answer executeOnce(CommandRequest request, String key, CommandIds proposed) throws SQLException {
        long deadline = System.nanoTime() + waits.forFirstRequest(request.kind()).toNanos();
        while (true) {
            switch (keys.claim(key, request.fingerprint(), proposed)) {
                case Claim.Fresh fresh -> {
                    return new Answer(kept(key, fresh.ids(), sendFirst(request, fresh.ids(), Optional.of(key))), false);
                }
                case Claim.Abandoned abandoned -> {
                    return new Answer(kept(key, abandoned.ids(), finish(request, abandoned.ids())), false);
                }
                case Claim.Answered answered -> {
                    return new Answer(answered.reply(), true);
                }
                case Claim.Reused reused -> throw new ProblemException(IdempotencyProblems.reused());
                case Claim.InFlight inFlight -> awaitFirstRequest(deadline);
            }
        }
    }

    /** A command never sent leaves no trace: neither in the log nor as a claimed key, so a retry starts afresh. */
    private Reply sendFirst(CommandRequest request, CommandIds ids, Optional<String> key) throws SQLException {
        try {
            return send(request, ids);
        } catch (CommandNotSentException e) {
            log.forget(ids.commandId());
            if (key.isPresent()) {
                keys.release(key.get(), ids);
            }
            throw e;
        }
    }

    /** The abandoned request's command may have been decided already: then that is the answer. */
    private Reply finish(CommandRequest request, CommandIds ids) throws SQLException {
        Optional<CommandOutcome> logged = log.find(ids.commandId())
                .map(CommandLog.LoggedCommand::outcome)
                .filter(outcome -> !(outcome instanceof CommandOutcome.Pending));
        return logged.isPresent() ? CommandReplies.of(request.kind(), ids, logged.get()) : send(request, ids);
    }

    private Reply send(CommandRequest request, CommandIds ids) throws SQLException {
        OrderCommand command = envelopes.of(request, ids);
        CommandKind kind = request.kind();
        log.record(ids, kind);
        var result = gateway.send(command, waits.forResult(kind));
        return CommandReplies.of(kind, ids, CommandOutcomes.of(result));
    }

    private Reply kept(String key, CommandIds ids, Reply reply) throws SQLException {
        keys.answer(key, ids, reply);
        return reply;
    }

    private static void awaitFirstRequest(long deadline) {
        if (System.nanoTime() - deadline >= 0) {
            throw new ProblemException(IdempotencyProblems.inUse());
        }
        LockSupport.parkNanos(REPEAT_POLL.toNanos());
    }
}
