package io.orderstream.orderapi.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.orderapi.access.Callers;
import io.orderstream.orderapi.command.ClientOutcome;
import io.orderstream.orderapi.store.CommandLog;
import io.orderstream.orderapi.store.CommandLog.LoggedCommand;
import io.orderstream.orderapi.view.CommandStatusView;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ProblemException;
import java.sql.SQLException;

/**
 * {@code GET /commands/{id}}: where every 202 points; PENDING until the command's result came. Only the caller that
 * sent a command (the merchant, or the shop) finds it: any other gets {@code command_not_found}.
 */
final class CommandQueries {

    private final CommandLog commands;
    private final Callers callers;

    CommandQueries(CommandLog commands, Callers callers) {
        this.commands = commands;
        this.callers = callers;
    }

    void command(ServerRequest request, ServerResponse response) throws SQLException {
        String merchantId = callers.identify(request).merchantId();
        String commandId = PathIds.commandId(request);
        LoggedCommand command = commands.findSentBy(commandId, merchantId)
                .orElseThrow(() -> new ProblemException(OrderProblems.commandNotFound(commandId)));
        Json.send(response, Status.OK_200, view(command));
    }

    static CommandStatusView view(LoggedCommand command) {
        String commandId = command.ids().commandId();
        String orderId = command.ids().orderId();
        return switch (command.outcome()) {
            case ClientOutcome.Succeeded succeeded ->
                    new CommandStatusView(commandId, orderId, CommandStatusView.SUCCEEDED, succeeded.order(), null);
            case ClientOutcome.Failed failed ->
                    new CommandStatusView(commandId, orderId, CommandStatusView.FAILED, null, failed.problem());
            case ClientOutcome.Pending pending -> CommandStatusView.pending(commandId, orderId);
        };
    }
}
